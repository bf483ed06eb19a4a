import { __, sprintf } from '../i18n';
import { applyChange } from '../domain/apply-change';
import { DomainError } from '../domain/errors';
import { walletBalance } from '../domain/wallet';
import type { Membership, Quote, QuoteLine } from '../domain/types';
import type { Payment } from '../domain/payment';
import type { BillingDeps } from './billing-deps';
import { announceWalletEntry } from './announce';

/** Credit above the charge (RULES W1), minor units. */
export function excessCredit( quote: Quote ): number {
	return Math.max( 0, -quote.total );
}

/**
 * The lines a payment records for a quote: the quote's lines and, when credit exceeds the
 * charge, a positive `wallet_credit` line moving the excess to the wallet, so that the
 * lines always sum to the payment's total (= due_now).
 */
export function paymentLines( quote: Quote ): QuoteLine[] {
	const excess = excessCredit( quote );
	const moved: QuoteLine[] =
		excess > 0
			? [
					{
						kind: 'wallet_credit',
						productId: null,
						description: __(
							'Unused credit added to your wallet',
							'wu-plan-change'
						),
						quantity: 1,
						unitAmount: excess,
						amount: excess,
					},
				]
			: [];
	return [ ...quote.lines, ...moved ];
}

/** Throws wu_quote_stale unless the wallet still holds what the quote spends from it (Q2). */
export function assertWalletCovers(
	deps: BillingDeps,
	membership: Membership,
	quote: Quote
): void {
	if (
		quote.walletUsed > 0 &&
		walletBalance( deps.wallet.entries( membership.customerId ) ) <
			quote.walletUsed
	) {
		throw new DomainError(
			'conflict',
			'wu_quote_stale',
			__(
				'Your credit balance changed since this quote; please ask for a new quote. Nothing was charged.',
				'wu-plan-change'
			)
		);
	}
}

/**
 * Applies a paid quote inside the caller's transaction (RULES Q3): the membership change
 * (optimistic on its version), the wallet movements of `payment` (W3), each announced (B2; the
 * caller announces the payment before and the membership after). Returns the membership.
 */
export function settleQuote(
	deps: BillingDeps,
	membership: Membership,
	quote: Quote,
	payment: Payment | null,
	now: string
): Membership {
	const next = applyChange( membership, quote, deps.products.all(), now );
	if ( ! deps.memberships.save( next, membership.version, now ) ) {
		throw new DomainError(
			'conflict',
			'wu_quote_stale',
			__(
				'The membership changed while paying; nothing was charged. Please ask for a new quote.',
				'wu-plan-change'
			)
		);
	}
	deps.memberships.setRetryState( membership.id, null );
	if ( quote.walletUsed > 0 ) {
		const reason = payment
			? sprintf(
					/* translators: %d: payment id */ __(
						'Used for payment #%d',
						'wu-plan-change'
					),
					payment.id
				)
			: __( 'Used for payment', 'wu-plan-change' );
		const spent = deps.wallet.add( {
			customerId: membership.customerId,
			amount: -quote.walletUsed,
			currency: quote.currency,
			reason,
			paymentId: payment?.id ?? null,
			createdAt: now,
		} );
		announceWalletEntry( deps, spent );
	}
	const excess = excessCredit( quote );
	if ( excess > 0 ) {
		const credited = deps.wallet.add( {
			customerId: membership.customerId,
			amount: excess,
			currency: quote.currency,
			reason: __(
				'Unused credit above the charge (proration)',
				'wu-plan-change'
			),
			paymentId: payment?.id ?? null,
			createdAt: now,
		} );
		announceWalletEntry( deps, credited );
	}
	return deps.memberships.find( membership.id ) as Membership;
}
