import type {
	CustomerListItem,
	CustomerQuery,
} from '../db/customer-repository';
import type { BillingDeps } from './billing-deps';
import type { ListViewer } from './list-viewer';

/**
 * A page of the customer list with wallet balances, the total and the network's currency. A
 * customer lists only themself.
 */
export function listCustomers(
	deps: BillingDeps,
	viewer: ListViewer,
	query: Omit< CustomerQuery, 'id' >
): { items: CustomerListItem[]; total: number; currency: string } {
	const own = viewer.admin
		? undefined
		: ( deps.customers.findByUserId( viewer.userId )?.id ?? -1 );
	const { items, total } = deps.customers.list( { ...query, id: own } );
	return { items, total, currency: deps.settings.currency() };
}
