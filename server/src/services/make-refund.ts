import { __, sprintf } from '../i18n';
import { DomainError } from '../domain/errors';
import type { Payment } from '../domain/payment';
import type { Refund, RefundTarget } from '../domain/refund';
import { announcePayment, announceWalletEntry } from './announce';
import type { BillingDeps } from './billing-deps';
import { refundCharge } from './test-gateway';

/** The circumstances of a refund: why, who, under which key, for which cancellation. */
export interface RefundContext {
	reason: string;
	actorUserId: number | null;
	idempotencyKey: string | null;
	cancelledMembershipId: number | null;
	now: string;
}

/**
 * Makes one refund of `amount` (already checked against what is left, domain refundAmount)
 * inside the caller's transaction (RULES X3, B2): to the card through the gateway, or to the
 * wallet as a ledger entry naming the payment (W3); records it and announces `payment.refunded`
 * (and the wallet entry). Answers the refund and the payment after it.
 */
export function makeRefund(
	deps: BillingDeps,
	payment: Payment,
	amount: number,
	to: RefundTarget,
	context: RefundContext
): { refund: Refund; payment: Payment } {
	const reason =
		context.reason ||
		sprintf(
			/* translators: %d: payment number */
			__( 'Refund of payment #%d', 'wu-plan-change' ),
			payment.id
		);
	let gatewayReference: string | null = null;
	if ( to === 'card' ) {
		const result = refundCharge( payment.id, amount );
		if ( ! result.ok ) {
			throw new DomainError(
				'payment',
				'wu_refund_failed',
				result.message,
				{
					decline_code: result.code,
				}
			);
		}
		gatewayReference = result.reference;
	}
	const refund = deps.refunds.insert( {
		paymentId: payment.id,
		amount,
		currency: payment.currency,
		to,
		reason,
		idempotencyKey: context.idempotencyKey,
		actorUserId: context.actorUserId,
		gatewayReference,
		cancelledMembershipId: context.cancelledMembershipId,
		createdAt: context.now,
	} );
	if ( to === 'wallet' ) {
		const entry = deps.wallet.add(
			{
				customerId: payment.customerId,
				amount,
				currency: payment.currency,
				reason,
				paymentId: payment.id,
				createdAt: context.now,
			},
			context.actorUserId
		);
		announceWalletEntry( deps, entry );
	}
	const after = deps.payments.find( payment.id ) as Payment;
	announcePayment( deps, 'payment.refunded', after );
	return { refund, payment: after };
}
