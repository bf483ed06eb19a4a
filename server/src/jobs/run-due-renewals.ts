import { __, currentLocale, withLocale, type Locale } from '../i18n';
import { renewMembership } from '../domain/renew-membership';
import { nextRetryAt } from '../domain/retry-schedule';
import type { Membership } from '../domain/types';
import type { BillingDeps } from '../services/billing-deps';
import { chargeRenewal } from '../services/charge-renewal';
import { chargeCard } from '../services/test-gateway';

/** What one renewal event did, for logs and tests. */
export interface RenewalOutcome {
	membershipId: number;
	at: string;
	result: 'renewed' | 'continued' | 'on-hold' | 'expired';
	amount: number;
	paymentId: number | null;
}

/** The language of a membership's customer: their own, else the one the job runs in (main.ts: the network's). */
function customerLocale( deps: BillingDeps, membershipId: number ): Locale {
	const customerId = deps.memberships.find( membershipId )?.customerId;
	const userId = customerId === undefined ? undefined : deps.customers.find( customerId )?.userId;
	return ( userId === undefined ? null : deps.users.localeOf( userId ) ) ?? currentLocale();
}

/** Safety stop for a clock jump over very many short periods. */
const MAX_EVENTS = 10_000;

function bump( membership: Membership, changes: Partial< Membership > ): Membership {
	return { ...membership, ...changes, version: membership.version + 1 };
}

/**
 * One renewal event of a membership at `at` (its period end, or a retry instant), in one
 * transaction (RULES R1–R3): apply the scheduled change and price the next period
 * (domain renewMembership), charge wallet first then the saved card, start the next period
 * from the same anchor; a failure puts it on hold with retries +1, +3, +5 days after the
 * first failure, then expires it.
 */
export function processRenewal( deps: BillingDeps, membershipId: number, at: string ): RenewalOutcome {
	return deps.db.transaction( (): RenewalOutcome => {
		const membership = deps.memberships.find( membershipId ) as Membership;
		const products = deps.products.all();
		const renewal = renewMembership( membership, products, at );
		const outcome = ( result: RenewalOutcome[ 'result' ], paymentId: number | null = null ): RenewalOutcome => ( {
			membershipId,
			at,
			result,
			amount: renewal.amount,
			paymentId,
		} );
		if ( renewal.amount === 0 ) {
			// NOTE: R3 — a free plan simply continues (no payment); pinned by "R3 free plan continues".
			deps.memberships.save( renewal.membership, membership.version, at );
			deps.memberships.setRetryState( membershipId, null );
			return outcome( 'continued' );
		}
		if ( ! membership.autoRenew ) {
			deps.memberships.save( bump( membership, { status: 'expired' } ), membership.version, at );
			deps.memberships.setRetryState( membershipId, null );
			return outcome( 'expired' );
		}
		const card = deps.customers.find( membership.customerId )?.card ?? null;
		const { payment, charge } = chargeRenewal( deps, membership, renewal, at, ( amount ) =>
			card
				? { result: chargeCard( card.reference, amount ), gateway: 'test_card' }
				: { result: { ok: false, code: 'no_card', message: __( 'No card is saved for renewals.', 'wu-plan-change' ) }, gateway: 'none' }
		);
		if ( charge.ok ) {
			return outcome( 'renewed', payment.id );
		}
		const previous = membership.status === 'on-hold' ? deps.memberships.retryState( membershipId ) : null;
		const failedAt = previous?.failedAt ?? at;
		const attempts = ( previous?.attempts ?? 0 ) + 1;
		const retryAt = nextRetryAt( failedAt, attempts );
		if ( retryAt === null ) {
			deps.memberships.save( bump( membership, { status: 'expired' } ), membership.version, at );
			deps.memberships.setRetryState( membershipId, { failedAt, attempts, nextRetryAt: null } );
			return outcome( 'expired', payment.id );
		}
		deps.memberships.save( bump( membership, { status: 'on-hold' } ), membership.version, at );
		deps.memberships.setRetryState( membershipId, { failedAt, attempts, nextRetryAt: retryAt } );
		return outcome( 'on-hold', payment.id );
	} )();
}

/**
 * Processes every renewal event due at or before `until`, earliest first across memberships
 * (RULES R1, R4): a clock jump over several period ends renews each in order, exactly once
 * (each event moves the membership's period end or retry instant forward in its transaction).
 */
export function runDueRenewals( deps: BillingDeps, until: string ): RenewalOutcome[] {
	const outcomes: RenewalOutcome[] = [];
	for ( let event = deps.memberships.nextDue( until ); event && outcomes.length < MAX_EVENTS; event = deps.memberships.nextDue( until ) ) {
		const { id, at } = event;
		// The renewal's lines and messages are written in the customer's language (issue 14).
		outcomes.push( withLocale( customerLocale( deps, id ), () => processRenewal( deps, id, at ) ) );
	}
	return outcomes;
}
