import { findProduct } from '../domain/find-product';
import { mergeLimits, type EffectiveLimits } from '../domain/merge-limits';
import type { SiteUsage } from '../domain/find-over-limits';
import { siteLimitsOf } from '../domain/site-limits';
import type { AddonQuantity, Limits, Product } from '../domain/types';
import type { Site, SiteUsageValues } from '../domain/site';
import type { BillingDeps } from './billing-deps';
import { loadMembership } from './load';

/** Effective limits of a plan with add-ons (RULES L2), every key present; a membership override replaces merged values. */
export function limitsOf(
	products: Product[],
	planId: number,
	addons: AddonQuantity[],
	override?: Limits | null
): EffectiveLimits {
	return mergeLimits(
		findProduct( products, planId ),
		addons.map( ( addon ) => ( {
			product: findProduct( products, addon.productId ),
			quantity: addon.quantity,
		} ) ),
		override ?? undefined
	);
}

/** A site's usage in the shape the domain's limit check reads (visits are not checked, L4). */
export function checkedUsage( usage: SiteUsageValues ): SiteUsage {
	return {
		posts: usage.posts,
		disk_space: usage.diskSpace,
		users: usage.users,
		custom_domains: usage.customDomains,
	};
}

export interface MembershipLimits {
	limits: EffectiveLimits;
	sites: { site: Site; limits: EffectiveLimits }[];
}

/** A membership's effective limits now (L3: the current plan and add-ons, then its override, L2) and each site's (its override on top). */
export function getLimits(
	deps: BillingDeps,
	membershipId: number
): MembershipLimits {
	const membership = loadMembership( deps, membershipId );
	const overrides = deps.usage;
	const limits = limitsOf(
		deps.products.all(),
		membership.planId,
		membership.addons,
		overrides.membershipOverride( membership.id )
	);
	const siteOverrides = overrides.siteOverridesOf( membership.id );
	return {
		limits,
		sites: deps.sites.forMembership( membership.id ).map( ( site ) => ( {
			site,
			limits: siteLimitsOf(
				limits,
				siteOverrides.get( site.id ) ?? null
			),
		} ) ),
	};
}
