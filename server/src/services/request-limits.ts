import { cacheEnabled } from '../domain/cache-switches';
import type { EffectiveLimits } from '../domain/merge-limits';
import { membershipLimitsOf, siteLimitsOf } from '../domain/site-limits';
import type { UsageDeps } from './usage-deps';

/**
 * The limits in force, read for ONE request over many sites (a visits batch): plan + add-ons
 * merged are memoized by their products and quantities for the life of this object only, never
 * across requests (RULES L3), and overrides are not asked for when none exist at all.
 */
export class RequestLimits {
	private readonly merged = new Map< string, EffectiveLimits >();
	private readonly membershipOverrides: boolean;
	private readonly siteOverrides: boolean;

	constructor( private readonly deps: UsageDeps ) {
		this.membershipOverrides = deps.usage.anyMembershipOverride();
		this.siteOverrides = deps.usage.anySiteOverride();
	}

	/** A membership's effective limits (plan + add-ons, then its override). */
	membership( membershipId: number, planId: number ): EffectiveLimits {
		const addons = this.deps.usage.addons( membershipId );
		const override = this.membershipOverrides
			? this.deps.usage.membershipOverride( membershipId )
			: null;
		const key = `${ planId }|${ addons.map( ( a ) => `${ a.productId }x${ a.quantity }` ).join( ',' ) }`;
		const share = ! override && cacheEnabled( 'merged-limits' );
		let limits = share ? this.merged.get( key ) : undefined;
		if ( ! limits ) {
			limits = membershipLimitsOf( {
				plan: this.deps.usage.productLimits( planId ),
				addons: addons.map( ( addon ) => ( {
					limits: this.deps.usage.productLimits( addon.productId ),
					quantity: addon.quantity,
				} ) ),
				override,
			} );
			if ( share ) {
				this.merged.set( key, limits );
			}
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
