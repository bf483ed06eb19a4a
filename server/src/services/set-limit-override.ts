import { __ } from '../i18n';
import { DomainError } from '../domain/errors';
import type { Limits } from '../domain/types';
import type { EffectiveLimits } from '../domain/merge-limits';
import { membershipLimits, siteLimits, type UsageDeps } from './usage-deps';
import { recordAudit } from './audit';
import type { BillingDeps } from './billing-deps';

/**
 * Replaces a membership's limit override (RULES L2: each key given replaces the merged value);
 * an empty object removes it. Takes effect on the next request (L3). Returns the override and
 * the effective limits after it.
 */
export function setMembershipOverride(
	deps: UsageDeps & Pick< BillingDeps, 'audit' | 'events' >,
	membershipId: number,
	override: Limits
): { override: Limits | null; limits: EffectiveLimits } {
	const membership = deps.usage.membershipContext( membershipId );
	if ( ! membership ) {
		throw new DomainError(
			'not_found',
			'rest_not_found',
			__( 'No membership was found with that id.', 'wu-plan-change' )
		);
	}
	const stored = Object.keys( override ).length > 0 ? override : null;
	const before = deps.usage.membershipOverride( membershipId );
	deps.db.transaction( () => {
		deps.usage.setMembershipOverride(
			membershipId,
			stored,
			deps.clock.now()
		);
		recordAudit( deps, {
			action: 'membership.limits_changed',
			objectType: 'membership',
			objectId: membershipId,
			before: { limit_override: before },
			after: { limit_override: stored },
		} );
	} )();
	return {
		override: stored,
		limits: membershipLimits( deps, membershipId, membership.planId ),
	};
}

/** Replaces a site's limit override (every key but `sites`); an empty object removes it. */
export function setSiteOverride(
	deps: UsageDeps & Pick< BillingDeps, 'audit' | 'events' >,
	siteId: number,
	override: Limits
): { override: Limits | null; limits: EffectiveLimits } {
	const site = deps.usage.siteContext( siteId );
	if ( ! site ) {
		throw new DomainError(
			'not_found',
			'rest_not_found',
			__( 'No site was found with that id.', 'wu-plan-change' )
		);
	}
	const stored = Object.keys( override ).length > 0 ? override : null;
	const before = deps.usage.siteOverride( siteId );
	deps.db.transaction( () => {
		deps.usage.setSiteOverride( siteId, stored, deps.clock.now() );
		// A site's limits are its membership's business in the audit log.
		recordAudit( deps, {
			action: 'membership.site_limits_changed',
			objectType: 'membership',
			objectId: site.membershipId,
			before: { site_id: siteId, limit_override: before },
			after: { site_id: siteId, limit_override: stored },
		} );
	} )();
	return {
		override: stored,
		limits: siteLimits(
			deps,
			siteId,
			membershipLimits( deps, site.membershipId, site.planId )
		),
	};
}
