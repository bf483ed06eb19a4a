import type { Refund } from '../domain/refund';
import type { BillingDeps } from './billing-deps';

/** A payment's refunds, oldest first (RULES X3). */
export function listRefunds(
	deps: Pick< BillingDeps, 'refunds' >,
	paymentId: number
): Refund[] {
	return deps.refunds.ofPayment( paymentId );
}
