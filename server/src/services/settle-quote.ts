import { applyChange } from '../domain/apply-change';
import { DomainError } from '../domain/errors';
import { walletBalance } from '../domain/wallet';
import type { Membership, Quote, QuoteLine } from '../domain/types';
import type { Payment } from '../db/payment-repository';
import type { BillingDeps } from './billing-deps';

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
		excess > 0 ? [ { kind: 'wallet_credit', productId: null, description: 'Unused credit added to your wallet', quantity: 1, unitAmount: excess, amount: excess } ] : [];
	return [ ...quote.lines, ...moved ];
}

/** Throws wu_quote_stale unless the wallet still holds what the quote spends from it (Q2). */
export function assertWalletCovers( deps: BillingDeps, membership: Membership, quote: Quote ): void {
	if ( quote.walletUsed > 0 && walletBalance( deps.wallet.entries( membership.customerId ) ) < quote.walletUsed ) {
		throw new DomainError( 'conflict', 'wu_quote_stale', 'Your credit balance changed since this quote; please ask for a new quote. Nothing was charged.' );
	}
}

/**
 * Applies a paid quote inside the caller's transaction (RULES Q3): the membership change
 * (optimistic on its version), the wallet movements of `payment` (W3). Returns the membership.
 */
export function settleQuote( deps: BillingDeps, membership: Membership, quote: Quote, payment: Payment | null, now: string ): Membership {
	const next = applyChange( membership, quote, deps.products.all(), now );
	if ( ! deps.memberships.save( next, membership.version, now ) ) {
		throw new DomainError( 'conflict', 'wu_quote_stale', 'The membership changed while paying; nothing was charged. Please ask for a new quote.' );
	}
	deps.memberships.setRetryState( membership.id, null );
	if ( quote.walletUsed > 0 ) {
		deps.wallet.add( { customerId: membership.customerId, amount: -quote.walletUsed, currency: quote.currency, reason: `Used for payment #${ payment?.id ?? '' }`.trim(), paymentId: payment?.id ?? null, createdAt: now } );
	}
	const excess = excessCredit( quote );
	if ( excess > 0 ) {
		deps.wallet.add( { customerId: membership.customerId, amount: excess, currency: quote.currency, reason: 'Unused credit above the charge (proration)', paymentId: payment?.id ?? null, createdAt: now } );
	}
	return deps.memberships.find( membership.id ) as Membership;
}
