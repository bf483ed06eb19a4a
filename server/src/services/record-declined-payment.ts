import { DomainError } from '../domain/errors';
import type { Payment } from '../domain/payment';
import type { BillingDeps } from './billing-deps';
import { announcePayment } from './announce';
import type { ChargeResult } from './test-gateway';

/**
 * `wu_payment_declined` (402) carrying the attempt that the gateway refused, so that the caller
 * can record it once the change's transaction has rolled back (decision 52).
 */
export class CardDeclined extends DomainError {
	readonly attempt: Omit< Payment, 'id' | 'refundedTotal' | 'invoiceNumber' >;

	constructor(
		charge: Extract< ChargeResult, { ok: false } >,
		attempt: Omit<
			Payment,
			| 'id'
			| 'status'
			| 'failureMessage'
			| 'completedAt'
			| 'refundedTotal'
			| 'invoiceNumber'
		>
	) {
		super( 'payment', 'wu_payment_declined', charge.message, {
			decline_code: charge.code,
		} );
		this.attempt = {
			customerId: attempt.customerId,
			membershipId: attempt.membershipId,
			kind: attempt.kind,
			total: attempt.total,
			currency: attempt.currency,
			gateway: attempt.gateway,
			quoteId: attempt.quoteId,
			lines: attempt.lines,
			createdAt: attempt.createdAt,
			status: 'failed',
			failureMessage: charge.message,
			completedAt: null,
		};
	}
}

/**
 * Runs `change` (which makes its own transaction); when it throws CardDeclined, records the
 * declined attempt as a `failed` payment and announces `payment.failed` in a transaction of its
 * own, then throws the decline on. Nothing else of the change is kept (decision 52).
 */
export function recordingDeclines< T >(
	deps: BillingDeps,
	change: () => T
): T {
	try {
		return change();
	} catch ( error ) {
		if ( error instanceof CardDeclined ) {
			deps.db.transaction( () => {
				announcePayment(
					deps,
					'payment.failed',
					deps.payments.insert( error.attempt )
				);
			} )();
		}
		throw error;
	}
}
