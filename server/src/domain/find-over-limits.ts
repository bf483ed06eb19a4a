import { __, sprintf } from '../i18n';
import { DomainError } from './errors';
import { ownValue } from './post-types';
import type { LimitValue, Limits } from './types';

/** A site's usage (disk in MB; posts per post type). */
export interface SiteUsage {
	posts: Record< string, number >;
	disk_space: number;
	users: number;
	custom_domains: number;
}

/** One limit the usage exceeds; snake_case because it is the wire shape of `wu_over_limit` data (API.md). */
export interface OverLimit {
	/** 'sites', 'disk_space', 'users', 'custom_domains' or 'posts'. */
	limit: string;
	post_type?: string;
	site_id?: number;
	usage: number;
	new_limit: number;
	/** usage − new_limit: how much the customer must remove. */
	must_remove: number;
}

function check( limit: string, usage: number, value: LimitValue | undefined, extra: Partial< OverLimit > ): OverLimit[] {
	if ( value === undefined || value === 'unlimited' || usage <= value ) {
		return [];
	}
	return [ { limit, ...extra, usage, new_limit: value, must_remove: usage - value } ];
}

/** Limits that current usage exceeds (RULES L4): sites per membership; posts per type, custom domains, users and disk per site; visits are not checked. */
export function findOverLimits( limits: Limits, membershipUsage: { sites: number }, sites: { siteId: number; usage: SiteUsage }[] ): OverLimit[] {
	return [
		...check( 'sites', membershipUsage.sites, limits.sites, {} ),
		...sites.flatMap( ( { siteId, usage } ) => [
			...Object.keys( usage.posts ).flatMap( ( type ) => check( 'posts', ownValue( usage.posts, type ) ?? 0, ownValue( limits.posts, type ), { post_type: type, site_id: siteId } ) ),
			...check( 'custom_domains', usage.custom_domains, limits.custom_domains, { site_id: siteId } ),
			...check( 'users', usage.users, limits.users, { site_id: siteId } ),
			...check( 'disk_space', usage.disk_space, limits.disk_space, { site_id: siteId } ),
		] ),
	];
}

/** The wu_over_limit (422) refusal listing each exceeded limit in `data.limits` (RULES L4). */
export function overLimitError( over: OverLimit[] ): DomainError {
	const names = over.map( ( o ) =>
		sprintf(
			/* translators: 1: limit name such as "posts (page)", 2: usage, 3: the new limit */
			__( '%1$s: %2$d used, %3$s allowed', 'wu-plan-change' ),
			o.post_type ? `${ o.limit } (${ o.post_type })` : o.limit,
			o.usage,
			String( o.new_limit )
		)
	);
	const message = sprintf(
		/* translators: %s: the list of exceeded limits */
		__( "The new plan's limits are below your current usage; remove the excess first. %s.", 'wu-plan-change' ),
		names.join( '; ' )
	);
	return new DomainError( 'unprocessable', 'wu_over_limit', message, { limits: over } );
}

/** Throws wu_over_limit (422) with `data.limits` when findOverLimits finds anything (RULES L4). */
export function assertWithinLimits( limits: Limits, membershipUsage: { sites: number }, sites: { siteId: number; usage: SiteUsage }[] ): void {
	const over = findOverLimits( limits, membershipUsage, sites );
	if ( over.length > 0 ) {
		throw overLimitError( over );
	}
}
