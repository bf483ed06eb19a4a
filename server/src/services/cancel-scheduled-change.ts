import { __ } from '../i18n';
import { DomainError } from '../domain/errors';
import type { Membership } from '../domain/types';
import { billingNow, type BillingDeps } from './billing-deps';
import { loadMembership } from './load';
import { announceMembership } from './announce';

/** Cancels a membership's scheduled change (RULES K8): it keeps its plan, period and add-ons; version + 1. */
export function cancelScheduledChange(
	deps: BillingDeps,
	membershipId: number
): Membership {
	return deps.db.transaction( () => {
		const membership = loadMembership( deps, membershipId );
		if ( ! membership.scheduledChange ) {
			throw new DomainError(
				'not_found',
				'wu_no_scheduled_change',
				__(
					'This membership has no scheduled change.',
					'wu-plan-change'
				)
			);
		}
		const next = {
			...membership,
			scheduledChange: null,
			version: membership.version + 1,
		};
		deps.memberships.save( next, membership.version, billingNow( deps ) );
		const after = loadMembership( deps, membershipId );
		announceMembership(
			deps,
			'membership.scheduled_change_cancelled',
			after
		);
		return after;
	} )();
}
