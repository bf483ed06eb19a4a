import { __ } from '../i18n';
import crypto from 'node:crypto';
import type { Db } from '../db/connection';
import type { UsageRepository } from '../db/usage-repository';
import { DomainError } from '../domain/errors';
import type { EffectiveLimits } from '../domain/merge-limits';
import { membershipLimitsOf, siteLimitsOf } from '../domain/site-limits';
import type { Clock } from './clock';

/** What the metering and enforcement use cases need. */
export interface UsageDeps {
	db: Db;
	clock: Clock;
	usage: UsageRepository;
}

/** Who asks: the network admin may see every site, a customer only their own. */
export interface Actor {
	userId: number;
	isAdmin: boolean;
}

/** The calendar month (UTC) of an instant, 'YYYY-MM': the period of the visits limit (RULES L1). */
export function monthOf( instant: string ): string {
	return new Date( Date.parse( instant ) ).toISOString().slice( 0, 7 );
}

/** The stored form of a visitor: the first 16 bytes of its SHA-256 (no raw identifier is kept). */
export function visitorHash( visitor: string ): Buffer {
	return crypto
		.createHash( 'sha256' )
		.update( visitor )
		.digest()
		.subarray( 0, 16 );
}

/** A membership's effective limits now (RULES L2, L3): read fresh, plan + add-ons + override. */
export function membershipLimits(
	deps: UsageDeps,
	membershipId: number,
	planId: number
): EffectiveLimits {
	return membershipLimitsOf( {
		plan: deps.usage.productLimits( planId ),
		addons: deps.usage.addons( membershipId ).map( ( addon ) => ( {
			limits: deps.usage.productLimits( addon.productId ),
			quantity: addon.quantity,
		} ) ),
		override: deps.usage.membershipOverride( membershipId ),
	} );
}

/** A site's effective limits: its membership's with the site's override on top. */
export function siteLimits(
	deps: UsageDeps,
	siteId: number,
	membershipLimitsNow: EffectiveLimits
): EffectiveLimits {
	return siteLimitsOf(
		membershipLimitsNow,
		deps.usage.siteOverride( siteId )
	);
}

/** rest_not_found unless the actor is the admin or the owner: another customer's site or membership does not leak (http/access.ts). */
export function assertMayRead(
	actor: Actor,
	ownerUserId: number,
	what: 'site' | 'membership'
): void {
	if ( ! actor.isAdmin && actor.userId !== ownerUserId ) {
		throw new DomainError(
			'not_found',
			'rest_not_found',
			what === 'site'
				? __( 'No site was found with that id.', 'wu-plan-change' )
				: __(
						'No membership was found with that id.',
						'wu-plan-change'
					)
		);
	}
}
