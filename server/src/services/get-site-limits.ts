import { __ } from '../i18n';
import { DomainError } from '../domain/errors';
import type { EffectiveLimits } from '../domain/merge-limits';
import type { Limits } from '../domain/types';
import {
	assertMayRead,
	membershipLimits,
	monthOf,
	siteLimits,
	type Actor,
	type UsageDeps,
} from './usage-deps';

/** A site's limits in force now, its override and its usage (visits: this calendar month, UTC). */
export interface SiteLimitsView {
	siteId: number;
	membershipId: number;
	month: string;
	limits: EffectiveLimits;
	override: Limits | null;
	usage: {
		posts: Record< string, number >;
		disk_space: number;
		users: number;
		custom_domains: number;
		visits: number;
	};
}

export function getSiteLimits(
	deps: UsageDeps,
	siteId: number,
	actor: Actor
): SiteLimitsView {
	const site = deps.usage.siteContext( siteId );
	if ( ! site ) {
		throw new DomainError(
			'not_found',
			'rest_not_found',
			__( 'No site was found with that id.', 'wu-plan-change' )
		);
	}
	assertMayRead( actor, site.ownerUserId, 'site' );
	const month = monthOf( deps.clock.now() );
	const override = deps.usage.siteOverride( siteId );
	return {
		siteId,
		membershipId: site.membershipId,
		month,
		limits: siteLimits(
			deps,
			siteId,
			membershipLimits( deps, site.membershipId, site.planId )
		),
		override,
		usage: {
			posts: site.posts,
			disk_space: site.diskSpace,
			users: site.users,
			custom_domains: site.customDomains,
			visits: deps.usage.visits( siteId, month ),
		},
	};
}
