import type { Payment } from '../domain/payment';
import type { BillingDeps } from './billing-deps';

/** The payment with this id, or null. */
export function findPayment(
	deps: Pick< BillingDeps, 'payments' >,
	id: number
): Payment | null {
	return deps.payments.find( id );
}
