import {
	holdingsOfChange,
	newOverLimits,
	type Holding,
} from '../domain/over-limits-of-change';
import { findOverLimitsBySite, siteLimitsOf } from '../domain/site-limits';
import type { Membership, OverLimit, Quote } from '../domain/types';
import type { BillingDeps } from './billing-deps';
import { checkedUsage, limitsOf } from './get-limits';

/** Limits a quoted change leaves exceeded: `now` blocks it (unless the admin allows it), `atEnd` is what to remove by the period end. */
export interface ChangeOverLimits {
	now: OverLimit[];
	atEnd: OverLimit[];
}

/** Every limit the membership's usage exceeds under a holding (a plan with add-ons), overrides included (RULES L2, L4). */
export function overLimitsOfHolding(
	deps: BillingDeps,
	membership: Membership,
	holding: Holding
): OverLimit[] {
	return breachesWith( deps, membership )( holding );
}

function breachesWith(
	deps: BillingDeps,
	membership: Membership
): ( holding: Holding ) => OverLimit[] {
	const products = deps.products.all();
	const override = deps.usage.membershipOverride( membership.id );
	const siteOverrides = deps.usage.siteOverridesOf( membership.id );
	const sites = deps.sites.forMembership( membership.id );
	return ( holding ) => {
		const limits = limitsOf(
			products,
			holding.planId,
			holding.addons,
			override
		);
		return findOverLimitsBySite(
			limits,
			sites.length,
			sites.map( ( site ) => ( {
				siteId: site.id,
				limits: siteLimitsOf(
					limits,
					siteOverrides.get( site.id ) ?? null
				),
				usage: checkedUsage( site.usage ),
			} ) )
		);
	};
}

/**
 * Reads the membership's sites, usage and overrides (L2: the membership's override holds over
 * the target too, each site keeps its own) and checks each holding a change puts in force
 * against them (RULES L4): what applies now only for limits it makes worse, what applies at the
 * period end for every exceeded limit.
 */
export function overLimitsOfChange(
	deps: BillingDeps,
	membership: Membership,
	quote: Pick< Quote, 'type' | 'target' >
): ChangeOverLimits {
	const breaches = breachesWith( deps, membership );
	const { now, atEnd } = holdingsOfChange( membership, quote );
	return {
		now: now
			? newOverLimits(
					breaches( now ),
					breaches( {
						planId: membership.planId,
						addons: membership.addons,
					} )
				)
			: [],
		atEnd: atEnd ? breaches( atEnd ) : [],
	};
}
