import { __, sprintf } from '../i18n';
import { DomainError } from './errors';
import { limitAmountWords, limitFigure } from './limit-words';
import { ownValue } from './post-types';
import type { LimitValue, Limits, OverLimit } from './types';

/** A site's usage (disk in MB; posts per post type). */
export interface SiteUsage {
	posts: Record< string, number >;
	disk_space: number;
	users: number;
	custom_domains: number;
}

function check(
	limit: string,
	usage: number,
	value: LimitValue | undefined,
	extra: Partial< OverLimit >
): OverLimit[] {
	if ( value === undefined || value === 'unlimited' || usage <= value ) {
		return [];
	}
	return [
		{
			limit,
			...extra,
			usage,
			new_limit: value,
			must_remove: usage - value,
		},
	];
}

/** Limits that current usage exceeds (RULES L4): sites per membership; posts per type, custom domains, users and disk per site; visits are not checked. */
export function findOverLimits(
	limits: Limits,
	membershipUsage: { sites: number },
	sites: { siteId: number; usage: SiteUsage }[]
): OverLimit[] {
	return [
		...check( 'sites', membershipUsage.sites, limits.sites, {} ),
		...sites.flatMap( ( { siteId, usage } ) => [
			...Object.keys( usage.posts ).flatMap( ( type ) =>
				check(
					'posts',
					ownValue( usage.posts, type ) ?? 0,
					ownValue( limits.posts, type ),
					{ post_type: type, site_id: siteId }
				)
			),
			...check(
				'custom_domains',
				usage.custom_domains,
				limits.custom_domains,
				{ site_id: siteId }
			),
			...check( 'users', usage.users, limits.users, { site_id: siteId } ),
			...check( 'disk_space', usage.disk_space, limits.disk_space, {
				site_id: siteId,
			} ),
		] ),
	];
}

/** One exceeded limit in words: "40 pages (140 used, the new limit is 100)", with the site when asked. */
export function describeOverLimit( o: OverLimit, withSite: boolean ): string {
	const text = sprintf(
		/* translators: 1: what to remove such as "40 pages", 2: usage such as "140" or "2.4 GB", 3: the new limit */
		__( '%1$s (%2$s used, the new limit is %3$s)', 'wu-plan-change' ),
		limitAmountWords( o.limit, o.must_remove, o.post_type ),
		limitFigure( o.limit, o.usage ),
		limitFigure( o.limit, o.new_limit )
	);
	return withSite && o.site_id !== undefined
		? sprintf(
				/* translators: 1: what to remove with its figures, 2: a site id */
				__( '%1$s on site #%2$d', 'wu-plan-change' ),
				text,
				o.site_id
			)
		: text;
}

/**
 * The wu_over_limit (422) refusal of a change that applies now (RULES L4), listing each exceeded
 * limit in `data.limits` and in words built from the limits' labels (no snake_case key).
 */
export function overLimitError( over: OverLimit[] ): DomainError {
	const withSite =
		new Set(
			over.map( ( o ) => o.site_id ).filter( ( id ) => id !== undefined )
		).size > 1;
	const message = sprintf(
		/* translators: %s: the list of what to remove, e.g. "40 pages (140 used, the new limit is 100); 1 custom domain (2 used, the new limit is 1)" */
		__(
			'This change applies now and its limits are below the current usage. Remove first: %s.',
			'wu-plan-change'
		),
		over.map( ( o ) => describeOverLimit( o, withSite ) ).join( '; ' )
	);
	return new DomainError( 'unprocessable', 'wu_over_limit', message, {
		limits: over,
	} );
}

/** Throws wu_over_limit (422) with `data.limits` when findOverLimits finds anything (RULES L4). */
export function assertWithinLimits(
	limits: Limits,
	membershipUsage: { sites: number },
	sites: { siteId: number; usage: SiteUsage }[]
): void {
	const over = findOverLimits( limits, membershipUsage, sites );
	if ( over.length > 0 ) {
		throw overLimitError( over );
	}
}
