import { __, sprintf } from '../i18n';
import { DomainError } from '../domain/errors';
import type { Membership } from '../domain/types';
import type { Payment } from '../domain/payment';
import { billingNow, type BillingDeps } from './billing-deps';
import { loadMembership } from './load';
import { settleQuote } from './settle-quote';
import { announceMembership } from './announce';
import { announcePaymentState, changeEventType } from './announce-change';

/**
 * Completes a pending (manual) payment as the admin (API.md): the quoted change applies now if
 * the membership is still at the quote's version and the wallet still covers it; otherwise the
 * payment is marked failed and `wu_quote_stale` (409) is answered. A pending payment of another
 * kind is simply completed. The payment, its wallet entries and the membership are announced (B2).
 */
export function completePayment(
	deps: BillingDeps,
	paymentId: number
): { payment: Payment; membership: Membership | null } {
	const outcome = deps.db.transaction( () => {
		const payment = deps.payments.find( paymentId );
		if ( ! payment ) {
			throw new DomainError(
				'not_found',
				'rest_not_found',
				__( 'No payment was found with that id.', 'wu-plan-change' )
			);
		}
		if ( payment.status !== 'pending' ) {
			throw new DomainError(
				'conflict',
				'wu_payment_not_pending',
				sprintf(
					/* translators: %s: payment status code, e.g. completed, failed */ __(
						'This payment is %s, not pending.',
						'wu-plan-change'
					),
					payment.status
				)
			);
		}
		const now = billingNow( deps );
		const stored = payment.quoteId
			? deps.quotes.find( payment.quoteId )
			: null;
		if ( ! stored || payment.membershipId === null ) {
			deps.payments.transition( payment.id, 'pending', 'completed', now );
			const completed = deps.payments.find( payment.id ) as Payment;
			announcePaymentState( deps, completed );
			return { stale: false, payment: completed, membership: null };
		}
		const membership = loadMembership( deps, payment.membershipId );
		const walletShort =
			stored.quote.walletUsed > 0 &&
			deps.wallet
				.entries( membership.customerId )
				.reduce( ( s, e ) => s + e.amount, 0 ) <
				stored.quote.walletUsed;
		if (
			membership.version !== stored.quote.membershipVersion ||
			walletShort
		) {
			deps.payments.transition(
				payment.id,
				'pending',
				'failed',
				now,
				__(
					'The membership changed before this payment was completed.',
					'wu-plan-change'
				)
			);
			announcePaymentState(
				deps,
				deps.payments.find( payment.id ) as Payment
			);
			return { stale: true, payment, membership };
		}
		deps.payments.transition( payment.id, 'pending', 'completed', now );
		const completed = deps.payments.find( payment.id ) as Payment;
		announcePaymentState( deps, completed );
		const after = settleQuote(
			deps,
			membership,
			stored.quote,
			payment,
			now
		);
		deps.quotes.transition( stored.id, 'pending', 'paid', payment.id );
		announceMembership(
			deps,
			changeEventType( membership, stored.quote ),
			after
		);
		return { stale: false, payment: completed, membership: after };
	} )();
	if ( outcome.stale ) {
		throw new DomainError(
			'conflict',
			'wu_quote_stale',
			__(
				'The membership changed since this payment was quoted; the payment was marked failed and nothing was applied.',
				'wu-plan-change'
			),
			{ payment_id: paymentId }
		);
	}
	return { payment: outcome.payment, membership: outcome.membership };
}
