import type { Product } from '../domain/types';
import { announceProduct } from './announce';
import { billingNow, type BillingDeps } from './billing-deps';
import {
	assertValidProduct,
	withCanonicalGroup,
	type ProductDraft,
} from './validate-product';

/** Adds a product to the catalogue after checking it against the rules (RULES C1–C5); its Plan Group joins an existing one spelled differently (RULES G1). */
export function createProduct(
	deps: BillingDeps,
	given: ProductDraft
): Product {
	return deps.db.transaction( () => {
		const draft = withCanonicalGroup( deps, given );
		assertValidProduct( deps, draft );
		const product = deps.products.insert( draft, billingNow( deps ) );
		announceProduct( deps, 'product.created', product );
		return product;
	} )();
}
