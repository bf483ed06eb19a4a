import { __, currentLocale, sprintf, withLocale, type Locale } from '../i18n';
import { isDomainError } from '../domain/errors';
import { isInstantInRange } from '../domain/instant';
import { renewMembership } from '../domain/renew-membership';
import { nextRetryAt } from '../domain/retry-schedule';
import type { EventType } from '../domain/event';
import type { Membership } from '../domain/types';
import type { BillingDeps } from './billing-deps';
import { announceMembershipNow } from './announce-change';
import { chargeRenewal } from './charge-renewal';
import { endCancelledMembership } from './cancel-membership';
import { chargeCard } from './test-gateway';

/** What one renewal event did, for logs and tests. */
export interface RenewalOutcome {
	membershipId: number;
	at: string;
	/** `error`: the renewal could not be processed; recorded on the membership (RULES R5). */
	result:
		'renewed' | 'continued' | 'on-hold' | 'expired' | 'cancelled' | 'error';
	amount: number;
	paymentId: number | null;
	/** Why, for `error` only. */
	message?: string;
}

/** The language of a membership's customer: their own, else the one the job runs in (main.ts: the network's). */
function customerLocale( deps: BillingDeps, membershipId: number ): Locale {
	const customerId = deps.memberships.find( membershipId )?.customerId;
	const userId =
		customerId === undefined
			? undefined
			: deps.customers.find( customerId )?.userId;
	return (
		( userId === undefined ? null : deps.users.localeOf( userId ) ) ??
		currentLocale()
	);
}

/** Safety stop for a clock jump over very many short periods. */
const MAX_EVENTS = 10_000;

function bump(
	membership: Membership,
	changes: Partial< Membership >
): Membership {
	return { ...membership, ...changes, version: membership.version + 1 };
}

/**
 * One renewal event of a membership at `at` (its period end, or a retry instant), in one
 * transaction (RULES R1–R3): apply the scheduled change and price the next period
 * (domain renewMembership), charge wallet first then the saved card, start the next period
 * from the same anchor; a failure puts it on hold with retries +1, +3, +5 days after the
 * first failure, then expires it. The scheduled change is applied first either way (R1, R5): on
 * hold or expired, the membership is on the plan the customer chose, with its limits. Announces
 * the payment, the wallet entry, `membership.downgraded` when a scheduled change applied, then
 * `membership.renewed`, `membership.renewal_failed` or `membership.expired` (B2).
 */
export function processRenewal(
	deps: BillingDeps,
	membershipId: number,
	at: string
): RenewalOutcome {
	return deps.db.transaction( (): RenewalOutcome => {
		const membership = deps.memberships.find( membershipId ) as Membership;
		if ( membership.cancelAt !== null ) {
			// NOTE: RULES X1 — a cancellation pending at the period end ends it there, nothing charged;
			// pinned by tests/scenarios/ending-cancel.test.ts.
			endCancelledMembership( deps, membership, at );
			return {
				membershipId,
				at,
				result: 'cancelled',
				amount: 0,
				paymentId: null,
			};
		}
		const products = deps.products.all();
		const renewal = renewMembership( membership, products, at );
		// Events carry the renewal's instant, not the (perhaps jumped) clock's (B2, decision 52).
		const atDeps: BillingDeps = { ...deps, clock: { now: () => at } };
		const applied =
			membership.scheduledChange !== null &&
			renewal.changed.scheduledChange === null;
		const announce = ( type: EventType ) =>
			announceMembershipNow(
				atDeps,
				membershipId,
				...( applied ? [ 'membership.downgraded' as const ] : [] ),
				type
			);
		const outcome = (
			result: RenewalOutcome[ 'result' ],
			paymentId: number | null = null
		): RenewalOutcome => ( {
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
			announce( 'membership.renewed' );
			return outcome( 'continued' );
		}
		if ( ! membership.autoRenew ) {
			deps.memberships.save(
				bump( renewal.changed, { status: 'expired' } ),
				membership.version,
				at
			);
			deps.memberships.setRetryState( membershipId, null );
			announce( 'membership.expired' );
			return outcome( 'expired' );
		}
		const card = deps.customers.find( membership.customerId )?.card ?? null;
		const { payment, charge } = chargeRenewal(
			atDeps,
			membership,
			renewal,
			at,
			( amount ) =>
				card
					? {
							result: chargeCard( card.reference, amount ),
							gateway: 'test_card',
						}
					: {
							result: {
								ok: false,
								code: 'no_card',
								message: __(
									'No card is saved for renewals.',
									'wu-plan-change'
								),
							},
							gateway: 'none',
						}
		);
		if ( charge.ok ) {
			announce( 'membership.renewed' );
			return outcome( 'renewed', payment.id );
		}
		const previous =
			membership.status === 'on-hold'
				? deps.memberships.retryState( membershipId )
				: null;
		const failedAt = previous?.failedAt ?? at;
		const attempts = ( previous?.attempts ?? 0 ) + 1;
		const retryAt = nextRetryAt( failedAt, attempts );
		if ( retryAt === null ) {
			deps.memberships.save(
				bump( renewal.changed, { status: 'expired' } ),
				membership.version,
				at
			);
			deps.memberships.setRetryState( membershipId, {
				failedAt,
				attempts,
				nextRetryAt: null,
			} );
			announce( 'membership.expired' );
			return outcome( 'expired', payment.id );
		}
		// NOTE: R1, R5 — on hold on the plan chosen (the scheduled change applied, its limits in force);
		// pinned by "R1 + R5: a scheduled downgrade whose renewal charge fails" in tests/scenarios/renewal-errors.test.ts.
		deps.memberships.save(
			bump( renewal.changed, { status: 'on-hold' } ),
			membership.version,
			at
		);
		deps.memberships.setRetryState( membershipId, {
			failedAt,
			attempts,
			nextRetryAt: retryAt,
		} );
		announce( 'membership.renewal_failed' );
		return outcome( 'on-hold', payment.id );
	} )();
}

/** The admin-facing reason a renewal could not be processed: a domain refusal says it, anything else is named. */
function describeFailure( error: unknown ): string {
	if ( isDomainError( error ) ) {
		return error.message;
	}
	const detail =
		error instanceof Error
			? `${ error.name }: ${ error.message }`
			: String( error );
	return sprintf(
		/* translators: %s: the error raised */ __(
			'The renewal could not be processed (%s).',
			'wu-plan-change'
		),
		detail
	);
}

/** Renewals committed together: each still runs in its own savepoint (one that fails is undone alone). */
const BATCH = 200;

/**
 * Processes every renewal event due at or before `until`, earliest first across memberships
 * (RULES R1, R4): a clock jump over several period ends renews each in order, exactly once
 * (each event moves the membership's period end or retry instant forward in its transaction).
 * Each event is processed on its own (RULES R5): one that throws is rolled back to its
 * savepoint, recorded on its membership as a renewal error (which takes it out of `nextDue`
 * until repaired), and the run goes on with the others. Up to `BATCH` events share one commit
 * (docs/benchmarks.md, the period-end job): a crash undoes the batch, which the next run redoes.
 */
export function runDueRenewals(
	deps: BillingDeps,
	until: string
): RenewalOutcome[] {
	const outcomes: RenewalOutcome[] = [];
	const batch = deps.db.transaction( (): boolean => {
		for ( let n = 0; n < BATCH; n++ ) {
			const event =
				outcomes.length < MAX_EVENTS
					? deps.memberships.nextDue( until )
					: null;
			if ( ! event ) {
				return false;
			}
			outcomes.push( renewOne( deps, event, until ) );
		}
		return true;
	} );
	while ( batch() ) {
		// More may be due: the next batch.
	}
	return outcomes;
}

/** One due event, in its own savepoint; a failure is recorded on the membership (RULES R5). */
function renewOne(
	deps: BillingDeps,
	event: { id: number; at: string },
	until: string
): RenewalOutcome {
	try {
		// The renewal's lines and messages are written in the customer's language (issue 14).
		return withLocale( customerLocale( deps, event.id ), () =>
			processRenewal( deps, event.id, event.at )
		);
	} catch ( error ) {
		const message = describeFailure( error );
		// NOTE: R5 — recorded in its own write after the failed savepoint rolled back; pinned by
		// "R5: one poisoned membership" in tests/scenarios/renewal-errors.test.ts.
		const at = isInstantInRange( Date.parse( event.at ) )
			? event.at
			: until;
		deps.db.transaction( () => {
			deps.memberships.setRenewalError( event.id, { at, message } );
			announceMembershipNow( deps, event.id, 'membership.updated' );
		} )();
		return {
			membershipId: event.id,
			at: event.at,
			result: 'error',
			amount: 0,
			paymentId: null,
			message,
		};
	}
}
