import { __ } from '../i18n';
import { DomainError } from '../domain/errors';
import { renewMembership } from '../domain/renew-membership';
import type { Membership } from '../domain/types';
import type { Payment } from '../domain/payment';
import { billingNow, type BillingDeps } from './billing-deps';
import { chargeRenewal } from './charge-renewal';
import { loadMembership } from './load';
import { cardReference, chargeCard } from './test-gateway';

/**
 * Pays an on-hold membership's failed renewal now with a card (RULES R2): wallet first, then the
 * card; on success the membership is active again from the same anchor and the card is kept for
 * later renewals. A declined card changes nothing (the retry schedule stays), like a checkout.
 * The failed renewal already applied the scheduled change (RULES R1, R5), so this charges the
 * chosen plan's price and applies nothing again.
 */
export function payRenewal(
	deps: BillingDeps,
	membershipId: number,
	cardNumber: string
): { membership: Membership; payment: Payment } {
	return deps.db.transaction( () => {
		const membership = loadMembership( deps, membershipId );
		if ( membership.status !== 'on-hold' ) {
			throw new DomainError(
				'conflict',
				'wu_not_on_hold',
				__(
					'This membership has no failed renewal to pay.',
					'wu-plan-change'
				)
			);
		}
		const now = billingNow( deps );
		const renewal = renewMembership( membership, deps.products.all(), now );
		const { payment, charge } = chargeRenewal(
			deps,
			membership,
			renewal,
			now,
			( amount ) => ( {
				result: chargeCard( cardNumber, amount ),
				gateway: 'test_card',
			} )
		);
		if ( ! charge.ok ) {
			// Thrown inside the transaction: the failed attempt is rolled back with everything else.
			throw new DomainError(
				'payment',
				'wu_payment_declined',
				charge.message,
				{ decline_code: charge.code }
			);
		}
		deps.customers.saveCard(
			membership.customerId,
			cardReference( cardNumber )
		);
		return { membership: loadMembership( deps, membershipId ), payment };
	} )();
}
