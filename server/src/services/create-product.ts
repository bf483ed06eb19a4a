import type { Product } from '../domain/types';
import { billingNow, type BillingDeps } from './billing-deps';
import { assertValidProduct, type ProductDraft } from './validate-product';

/** Adds a product to the catalogue after checking it against the rules (RULES C1–C5). */
export function createProduct( deps: BillingDeps, draft: ProductDraft ): Product {
	return deps.db.transaction( () => {
		assertValidProduct( deps, draft );
		return deps.products.insert( draft, billingNow( deps ) );
	} )();
}
