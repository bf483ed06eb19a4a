import { __ } from '../i18n';
import { DomainError } from '../domain/errors';
import type { Payment } from '../domain/payment';
import { refundAmount, type Refund, type RefundTarget } from '../domain/refund';
import { billingNow, type BillingDeps } from './billing-deps';
import { onceByKey, type IdempotentAnswer } from './idempotent';
import { makeRefund } from './make-refund';

export interface RefundInput {
	paymentId: number;
	/** Minor units; all that is left when omitted. */
	amount?: number;
	to: RefundTarget;
	reason?: string;
	/** The network admin who refunds. */
	actorUserId: number;
	idempotencyKey?: string;
	/** A digest of what was asked (route, body), so that a reused key with another request is refused. */
	requestFingerprint: string;
}

/** A refund made: the payment after it, with all its refunds. */
export interface RefundResult {
	payment: Payment;
	refund: Refund;
	refunds: Refund[];
}

/**
 * Refunds a completed payment, whole or in part, to its card or to the wallet (RULES X3) in ONE
 * transaction: check what is left, refund through the gateway or credit the wallet, record the
 * refund, announce it, keep the answer for the Idempotency-Key (the same key refunds once).
 */
export function refundPayment(
	deps: BillingDeps,
	input: RefundInput,
	present: ( result: RefundResult ) => unknown
): IdempotentAnswer {
	return deps.db.transaction( () =>
		onceByKey(
			deps,
			{
				userId: input.actorUserId,
				key: input.idempotencyKey,
				requestFingerprint: input.requestFingerprint,
			},
			() => {
				const payment = deps.payments.find( input.paymentId );
				if ( ! payment ) {
					throw new DomainError(
						'not_found',
						'rest_not_found',
						__(
							'No payment was found with that id.',
							'wu-plan-change'
						)
					);
				}
				const amount = refundAmount( payment, input.amount, input.to );
				const made = makeRefund( deps, payment, amount, input.to, {
					reason: input.reason ?? '',
					actorUserId: input.actorUserId,
					idempotencyKey: input.idempotencyKey ?? null,
					cancelledMembershipId: null,
					now: billingNow( deps ),
				} );
				return present( {
					...made,
					refunds: deps.refunds.ofPayment( payment.id ),
				} );
			}
		)
	)();
}
