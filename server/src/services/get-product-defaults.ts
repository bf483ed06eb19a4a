import { productDefaults } from '../domain/product-defaults';
import type { ProductDraft } from './validate-product';
import type { BillingDeps } from './billing-deps';

/** A new product's fields before the form's, in the network's currency. */
export function getProductDefaults(
	deps: Pick< BillingDeps, 'settings' >
): ProductDraft {
	return productDefaults( deps.settings.currency() );
}
