import { __ } from '../i18n';
import { DomainError } from '../domain/errors';
import { renewMembership } from '../domain/renew-membership';
import type { Membership } from '../domain/types';
import type { Payment } from '../domain/payment';
import { billingNow, type BillingDeps } from './billing-deps';
import { chargeRenewal } from './charge-renewal';
import { loadMembership } from './load';
import { cardReference, chargeCard } from './test-gateway';
import { announceMembershipNow } from './announce-change';
import { CardDeclined, recordingDeclines } from './record-declined-payment';

/**
 * Pays an on-hold membership's failed renewal now with a card (RULES R2): wallet first, then the
 * card; on success the membership is active again from the same anchor and the card is kept for
 * later renewals. A declined card changes nothing but a failed payment (the retry schedule stays),
 * like a checkout.
 * The failed renewal already applied the scheduled change (RULES R1, R5), so this charges the
 * chosen plan's price and applies nothing again.
 */
export function payRenewal(
	deps: BillingDeps,
	membershipId: number,
	cardNumber: string
): { membership: Membership; payment: Payment } {
	return recordingDeclines( deps, () =>
		payRenewalOnce( deps, membershipId, cardNumber )
	);
}

function payRenewalOnce(
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
			// Thrown inside the transaction: the change is rolled back, then the declined attempt is
			// recorded on its own (decision 52); it does not count as a retry.
			throw new CardDeclined( charge, payment );
		}
		deps.customers.saveCard(
			membership.customerId,
			cardReference( cardNumber )
		);
		announceMembershipNow( deps, membershipId, 'membership.renewed' );
		return { membership: loadMembership( deps, membershipId ), payment };
	} )();
}
