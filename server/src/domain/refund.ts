import { __, sprintf } from '../i18n';
import { DomainError, invalidParams } from './errors';
import type { Payment, PaymentStatus } from './payment';

/** Where a refund goes (RULES X3): the card the payment was made with, or the customer's wallet. */
export type RefundTarget = 'card' | 'wallet';

/** One refund against one payment (RULES X3), never an edit of the payment. Money in minor units. */
export interface Refund {
	id: number;
	paymentId: number;
	amount: number;
	currency: string;
	to: RefundTarget;
	reason: string;
	idempotencyKey: string | null;
	/** Who made it: the network admin's user id, with their display name when read back. */
	actor: { id: number; name: string } | null;
	/** The gateway's id of a card refund. */
	gatewayReference: string | null;
	/** The membership whose cancellation now (X2) made this refund, if any. */
	cancelledMembershipId: number | null;
	createdAt: string;
}

/** A payment's status as shown: a completed payment with refunds is `partially_refunded`, or `refunded` once nothing is left. */
export function shownPaymentStatus(
	stored: PaymentStatus,
	total: number,
	refunded: number
): PaymentStatus {
	if ( stored !== 'completed' || refunded <= 0 ) {
		return stored;
	}
	return refunded >= total ? 'refunded' : 'partially_refunded';
}

/** What is left to refund of a payment, minor units: its total less its refunds; 0 unless completed. */
export function refundableAmount( payment: Payment ): number {
	if (
		payment.status !== 'completed' &&
		payment.status !== 'partially_refunded'
	) {
		return 0;
	}
	return Math.max( 0, payment.total - payment.refundedTotal );
}

/** True when a refund of this payment can go back to a card (it was charged to one). */
export function isCardPayment( payment: Payment ): boolean {
	return payment.gateway === 'test_card';
}

/**
 * RULES X3: the amount of a refund of `payment` (default: all that is left), refused when the
 * payment has nothing left (409 wu_payment_not_refundable), when it is more than what is left or
 * not a positive whole number of minor units (`amount`), or to a card it was not paid with (`to`).
 */
export function refundAmount(
	payment: Payment,
	asked: number | undefined,
	to: RefundTarget
): number {
	const left = refundableAmount( payment );
	if ( left === 0 ) {
		throw new DomainError(
			'conflict',
			'wu_payment_not_refundable',
			__(
				'Nothing is left to refund on this payment: it was not completed, or it was refunded in full already.',
				'wu-plan-change'
			),
			{ refunded_total: payment.refundedTotal }
		);
	}
	const amount = asked ?? left;
	const params: Record< string, string > = {};
	if ( amount <= 0 ) {
		params.amount = __(
			'Refund amount must be more than 0.',
			'wu-plan-change'
		);
	} else if ( amount > left ) {
		params.amount = sprintf(
			/* translators: 1: what is left, 2: currency code, in minor units of the payment's currency */
			__(
				'Refund amount must be at most what is left of the payment (%1$d %2$s in minor units).',
				'wu-plan-change'
			),
			left,
			payment.currency
		);
	}
	if ( to === 'card' && ! isCardPayment( payment ) ) {
		params.to = __(
			'This payment was not made by card; refund it to the wallet.',
			'wu-plan-change'
		);
	}
	if ( Object.keys( params ).length > 0 ) {
		throw invalidParams( params );
	}
	return amount;
}

/** A part of an amount taken from one payment. */
export interface RefundShare {
	payment: Payment;
	amount: number;
}

/**
 * Spreads `amount` over card payments, newest first, each up to what is left of it (decision 59):
 * the shares and the remainder no card payment could take.
 */
export function spreadOverCardPayments(
	amount: number,
	payments: Payment[]
): { shares: RefundShare[]; remainder: number } {
	const shares: RefundShare[] = [];
	let remainder = amount;
	const newestFirst = [ ...payments ].sort( ( a, b ) => b.id - a.id );
	for ( const payment of newestFirst ) {
		if ( remainder <= 0 ) {
			break;
		}
		const left = isCardPayment( payment ) ? refundableAmount( payment ) : 0;
		const take = Math.min( left, remainder );
		if ( take > 0 ) {
			shares.push( { payment, amount: take } );
			remainder -= take;
		}
	}
	return { shares, remainder };
}
