import {
	findOverLimits,
	overLimitError,
	type SiteUsage,
} from './find-over-limits';
import {
	mergeLimits,
	SCALAR_LIMITS,
	type EffectiveLimits,
} from './merge-limits';
import type { Limits, OverLimit, Product } from './types';

/** What a membership holds, as far as its limits go: the plan's limits and each add-on's × quantity. */
export interface LimitSources {
	plan: Limits;
	addons: { limits: Limits; quantity: number }[];
	/** The membership's override (RULES L2), or null. */
	override: Limits | null;
}

/** A membership's effective limits (RULES L2): merged plan and add-ons, then the membership override. */
export function membershipLimitsOf( sources: LimitSources ): EffectiveLimits {
	// NOTE: mergeLimits reads only `limits` of the products it is given.
	const asProduct = ( limits: Limits ) => ( { limits } ) as Product;
	return mergeLimits(
		asProduct( sources.plan ),
		sources.addons.map( ( addon ) => ( {
			product: asProduct( addon.limits ),
			quantity: addon.quantity,
		} ) ),
		sources.override ?? undefined
	);
}

/** A site's effective limits: its membership's, with each key of the site's override replacing that value (RULES L2). */
export function siteLimitsOf(
	membershipLimits: EffectiveLimits,
	siteOverride: Limits | null
): EffectiveLimits {
	if ( ! siteOverride ) {
		return membershipLimits;
	}
	const result = {
		...membershipLimits,
		posts: { ...membershipLimits.posts, ...( siteOverride.posts ?? {} ) },
	};
	for ( const key of SCALAR_LIMITS ) {
		const value = siteOverride[ key ];
		if ( value !== undefined && key !== 'sites' ) {
			result[ key ] = value;
		}
	}
	return result;
}

/**
 * Every limit that current usage exceeds (RULES L4), with a limit per site: the membership's
 * `sites`, then for each site its posts per type, custom domains, users and disk against that
 * site's own effective limits (overrides included). Visits are not checked (they reset monthly).
 */
export function findOverLimitsBySite(
	membershipLimits: EffectiveLimits,
	siteCount: number,
	sites: { siteId: number; limits: EffectiveLimits; usage: SiteUsage }[]
): OverLimit[] {
	return [
		...findOverLimits(
			{ sites: membershipLimits.sites },
			{ sites: siteCount },
			[]
		),
		...sites.flatMap( ( site ) =>
			findOverLimits(
				{ ...site.limits, sites: 'unlimited' },
				{ sites: 0 },
				[ { siteId: site.siteId, usage: site.usage } ]
			)
		),
	];
}

/**
 * Throws wu_over_limit (422) with `data.limits` listing every exceeded limit on every site
 * (RULES L4), each site against its own limits (overrides included); same message as
 * assertWithinLimits.
 */
export function assertWithinLimitsBySite(
	membershipLimits: EffectiveLimits,
	siteCount: number,
	sites: { siteId: number; limits: EffectiveLimits; usage: SiteUsage }[]
): void {
	const over = findOverLimitsBySite( membershipLimits, siteCount, sites );
	if ( over.length === 0 ) {
		return;
	}
	throw overLimitError( over );
}
