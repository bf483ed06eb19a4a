import type {
	MembershipListItem,
	MembershipQuery,
} from '../db/membership-repository';
import type { Product } from '../domain/types';
import type { BillingDeps } from './billing-deps';
import { scopedCustomer, type ListViewer } from './list-viewer';

/**
 * A page of the membership list with customer and plan names (one statement), the total, and
 * the catalogue that prices each membership's recurring amount. A customer sees only theirs.
 */
export function listMemberships(
	deps: BillingDeps,
	viewer: ListViewer,
	query: MembershipQuery
): { items: MembershipListItem[]; total: number; products: Product[] } {
	const { items, total } = deps.memberships.list( {
		...query,
		customerId: scopedCustomer( deps, viewer, query.customerId ),
	} );
	return { items, total, products: deps.products.all() };
}
