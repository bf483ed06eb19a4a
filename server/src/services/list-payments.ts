import type { PaymentListItem, PaymentQuery } from '../db/payment-repository';
import type { BillingDeps } from './billing-deps';
import { scopedCustomer, type ListViewer } from './list-viewer';

/** A page of the payment list with customer and plan names, and the total. A customer sees only theirs. */
export function listPayments(
	deps: BillingDeps,
	viewer: ListViewer,
	query: PaymentQuery
): { items: PaymentListItem[]; total: number } {
	return deps.payments.list( {
		...query,
		customerId: scopedCustomer( deps, viewer, query.customerId ),
	} );
}
