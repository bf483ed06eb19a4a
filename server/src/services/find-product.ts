import type { Product } from '../domain/types';
import type { BillingDeps } from './billing-deps';

/** The product with this id, or null. */
export function findProduct(
	deps: Pick< BillingDeps, 'products' >,
	id: number
): Product | null {
	return deps.products.find( id );
}
