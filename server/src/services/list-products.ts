import type { ProductQuery } from '../db/product-repository';
import type { Product } from '../domain/types';
import type { BillingDeps } from './billing-deps';

/**
 * A page of the catalogue and the total. Anyone but the admin sees active products only; the
 * admin filters by `status` (active, inactive, or any when absent).
 */
export function listProducts(
	deps: BillingDeps,
	admin: boolean,
	query: Omit< ProductQuery, 'active' > & {
		status?: 'active' | 'inactive' | 'any';
	}
): { items: Product[]; total: number } {
	const { status, ...rest } = query;
	let active: boolean | undefined;
	if ( ! admin || status === 'active' ) {
		active = true;
	} else if ( status === 'inactive' ) {
		active = false;
	}
	return deps.products.list( { ...rest, active } );
}
