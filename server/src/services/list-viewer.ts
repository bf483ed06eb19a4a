import type { BillingDeps } from './billing-deps';

/** Who asks for a list: the network admin sees every row, a customer only their own. */
export interface ListViewer {
	userId: number;
	admin: boolean;
}

/**
 * The customer a list is narrowed to: `asked` for the admin; for anyone else their own
 * customer id, or -1 (no row) when they asked for another customer or have no customer record.
 */
export function scopedCustomer(
	deps: Pick< BillingDeps, 'customers' >,
	viewer: ListViewer,
	asked: number | undefined
): number | undefined {
	if ( viewer.admin ) {
		return asked;
	}
	const own = deps.customers.findByUserId( viewer.userId )?.id ?? -1;
	return asked === undefined || asked === own ? own : -1;
}
