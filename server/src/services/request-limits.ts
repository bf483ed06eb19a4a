import { cacheEnabled } from '../domain/cache-switches';
import type { EffectiveLimits } from '../domain/merge-limits';
import { membershipLimitsOf, siteLimitsOf } from '../domain/site-limits';
import type { Limits } from '../domain/types';
import type { UsageDeps } from './usage-deps';

/**
 * The limits in force, read for ONE request over many sites (a visits batch): products' limits
 * and merged plan + add-ons are memoized for the life of this object only, never across requests
 * (RULES L3), and overrides are not asked for when none exist at all.
 */
export class RequestLimits {
	private readonly productLimits = new Map< number, Limits >();
	private readonly merged = new Map< string, EffectiveLimits >();
	private readonly byMembership = new Map< number, EffectiveLimits >();
	private readonly membershipOverrides: boolean;
	private readonly siteOverrides: boolean;

	constructor( private readonly deps: UsageDeps ) {
		this.membershipOverrides = deps.usage.anyMembershipOverride();
		this.siteOverrides = deps.usage.anySiteOverride();
	}

	private limitsOfProduct( productId: number ): Limits {
		if ( ! cacheEnabled( 'limits-of-products' ) ) {
			return this.deps.usage.productLimits( productId );
		}
		let limits = this.productLimits.get( productId );
		if ( ! limits ) {
			limits = this.deps.usage.productLimits( productId );
			this.productLimits.set( productId, limits );
		}
		return limits;
	}

	/** A membership's effective limits (plan + add-ons, then its override). */
	membership( membershipId: number, planId: number ): EffectiveLimits {
		const remember = cacheEnabled( 'limits-of-memberships' );
		const known = remember
			? this.byMembership.get( membershipId )
			: undefined;
		if ( known ) {
			return known;
		}
		const addons = this.deps.usage.addons( membershipId );
		const override = this.membershipOverrides
			? this.deps.usage.membershipOverride( membershipId )
			: null;
		const key = `${ planId }|${ addons.map( ( a ) => `${ a.productId }x${ a.quantity }` ).join( ',' ) }`;
		const share = ! override && cacheEnabled( 'merged-limits' );
		let limits = share ? this.merged.get( key ) : undefined;
		if ( ! limits ) {
			limits = membershipLimitsOf( {
				plan: this.limitsOfProduct( planId ),
				addons: addons.map( ( addon ) => ( {
					limits: this.limitsOfProduct( addon.productId ),
					quantity: addon.quantity,
				} ) ),
				override,
			} );
			if ( share ) {
				this.merged.set( key, limits );
			}
		}
		if ( remember ) {
			this.byMembership.set( membershipId, limits );
		}
		return limits;
	}

	/** A site's effective limits: its membership's with the site's override on top. */
	site( siteId: number, membershipLimits: EffectiveLimits ): EffectiveLimits {
		return this.siteOverrides
			? siteLimitsOf(
					membershipLimits,
					this.deps.usage.siteOverride( siteId )
				)
			: membershipLimits;
	}
}
