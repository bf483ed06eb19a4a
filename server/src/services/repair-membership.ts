import { __, sprintf } from '../i18n';
import { DomainError, invalidParams } from '../domain/errors';
import { dayOfMonth, isInstantInRange, parseInstant } from '../domain/instant';
import type { Membership, MembershipStatus } from '../domain/types';
import { billingNow, type BillingDeps } from './billing-deps';
import { loadMembership } from './load';
import { announceMembership } from './announce';

/** What the network admin may set to repair a membership (API.md `PUT /memberships/{id}`); each is optional. */
export interface MembershipRepair {
	status?: MembershipStatus;
	/** ISO 8601 UTC, years 1000–9999 (RULES M6). */
	periodEnd?: string;
	autoRenew?: boolean;
}

/** Statuses a repair may move a membership to; any other may only be kept as it is. */
const REPAIR_STATUSES: readonly MembershipStatus[] = [
	'active',
	'expired',
	'cancelled',
];

function isReadable( instant: string | null ): instant is string {
	return (
		instant !== null &&
		isInstantInRange( Date.parse( instant ) ) &&
		instant.endsWith( 'Z' )
	);
}

/**
 * Repairs a membership by hand (RULES R5): status, period end and auto-renew as the admin sets
 * them, its renewal error cleared so the job takes it up again, version + 1 (open quotes become
 * stale, Q2). A new period end also becomes the anchor of the next periods (M4), and a scheduled
 * change due at the old period end (or at no readable instant) moves with it. Leaving on-hold
 * ends the retry schedule (R2). Refusals are `rest_invalid_param` naming the field.
 */
export function repairMembership(
	deps: BillingDeps,
	membershipId: number,
	repair: MembershipRepair
): Membership {
	return deps.db.transaction( () => {
		const membership = loadMembership( deps, membershipId );
		const params: Record< string, string > = {};
		const status = repair.status ?? membership.status;
		if (
			status !== membership.status &&
			! REPAIR_STATUSES.includes( status )
		) {
			params.status = sprintf(
				/* translators: 1: statuses allowed, 2: the membership's current status */
				__(
					'A repair may set the status to %1$s, or keep it %2$s.',
					'wu-plan-change'
				),
				REPAIR_STATUSES.join( ', ' ),
				membership.status
			);
		}
		let next: Membership = {
			...membership,
			status,
			autoRenew: repair.autoRenew ?? membership.autoRenew,
			version: membership.version + 1,
		};
		if ( repair.periodEnd !== undefined ) {
			const periodEnd = repair.periodEnd;
			if ( membership.periodEnd === null ) {
				params.period_end = __(
					'A lifetime membership has no period end.',
					'wu-plan-change'
				);
			} else if (
				isReadable( membership.periodStart ) &&
				parseInstant( periodEnd ) <=
					parseInstant( membership.periodStart )
			) {
				params.period_end = sprintf(
					/* translators: %s: the period start (ISO 8601 UTC) */ __(
						'The period end must be after the period start, %s.',
						'wu-plan-change'
					),
					membership.periodStart
				);
			} else {
				const change = membership.scheduledChange;
				const moves =
					change !== null &&
					( change.effectiveAt === membership.periodEnd ||
						! isReadable( change.effectiveAt ) );
				next = {
					...next,
					periodEnd,
					anchorDay: dayOfMonth( periodEnd ),
					scheduledChange:
						moves && change
							? { ...change, effectiveAt: periodEnd }
							: change,
				};
			}
		}
		if ( Object.keys( params ).length > 0 ) {
			throw invalidParams( params );
		}
		if (
			! deps.memberships.save(
				next,
				membership.version,
				billingNow( deps )
			)
		) {
			throw new DomainError(
				'conflict',
				'wu_membership_changed',
				__(
					'The membership changed meanwhile; reload it and try again.',
					'wu-plan-change'
				)
			);
		}
		if ( status !== 'on-hold' ) {
			deps.memberships.setRetryState( membershipId, null );
		}
		deps.memberships.setRenewalError( membershipId, null );
		const after = loadMembership( deps, membershipId );
		announceMembership( deps, 'membership.updated', after );
		return after;
	} )();
}
