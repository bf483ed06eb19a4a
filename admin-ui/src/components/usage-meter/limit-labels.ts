import { __, _n, sprintf } from '@wordpress/i18n';
import { formatLocale } from '../../format';

/** A readable name of a post type, e.g. "post" → "Posts". */
export function postTypeLabel( postType: string ): string {
	switch ( postType ) {
		case 'post':
			return __( 'Posts', 'wu-plan-change' );
		case 'page':
			return __( 'Pages', 'wu-plan-change' );
		case 'attachment':
			return __( 'Media items', 'wu-plan-change' );
		default:
			return sprintf(
				/* translators: %s: a post type's slug, e.g. "product" */
				__( 'Posts of type “%s”', 'wu-plan-change' ),
				postType
			);
	}
}

/** A readable name of a limit key of the REST API: `sites`, `visits`, `disk_space`, `users`, `custom_domains`, `posts` or `posts.<type>`. */
export function limitLabel( key: string ): string {
	const postType = /^posts[.:/](.+)$/.exec( key );
	if ( postType ) {
		return postTypeLabel( postType[ 1 ] );
	}
	switch ( key ) {
		case 'sites':
			return __( 'Sites', 'wu-plan-change' );
		case 'visits':
			return __( 'Visits this month', 'wu-plan-change' );
		case 'disk_space':
			return __( 'Disk space', 'wu-plan-change' );
		case 'users':
			return __( 'Users', 'wu-plan-change' );
		case 'custom_domains':
			return __( 'Custom domains', 'wu-plan-change' );
		case 'posts':
			return __( 'Posts', 'wu-plan-change' );
		default:
			return key;
	}
}

/** An amount of a limit, e.g. 1024 MB → "1 GB", 12 → "12". */
export function formatAmount(
	value: number,
	unit: 'count' | 'mb' = 'count'
): string {
	const number = new Intl.NumberFormat( formatLocale(), {
		maximumFractionDigits: 1,
	} );
	if ( unit === 'mb' ) {
		if ( value >= 1024 ) {
			return sprintf(
				/* translators: %s: an amount of gigabytes */
				__( '%s GB', 'wu-plan-change' ),
				number.format( value / 1024 )
			);
		}
		return sprintf(
			/* translators: %s: an amount of megabytes */
			__( '%s MB', 'wu-plan-change' ),
			number.format( value )
		);
	}
	return number.format( value );
}

/** The name of an exceeded limit as a heading word: "Pages" for posts of type page, "Custom domains" … (never a snake_case key). */
export function overLimitLabel( limit: string, postType?: string ): string {
	return limit === 'posts' && postType
		? postTypeLabel( postType )
		: limitLabel( limit );
}

function postsText( postType: string, count: number, n: string ): string {
	switch ( postType ) {
		case 'post':
			return sprintf(
				/* translators: %s: a number of posts */
				_n( '%s post', '%s posts', count, 'wu-plan-change' ),
				n
			);
		case 'page':
			return sprintf(
				/* translators: %s: a number of pages */
				_n( '%s page', '%s pages', count, 'wu-plan-change' ),
				n
			);
		case 'attachment':
			return sprintf(
				/* translators: %s: a number of media items */
				_n(
					'%s media item',
					'%s media items',
					count,
					'wu-plan-change'
				),
				n
			);
		default:
			return sprintf(
				/* translators: 1: a number, 2: a post type's slug such as "product" */
				_n(
					'%1$s item of type “%2$s”',
					'%1$s items of type “%2$s”',
					count,
					'wu-plan-change'
				),
				n,
				postType
			);
	}
}

/** An amount of a limit in words: "40 pages", "1 custom domain", "2.3 GB of disk space", "2 users". */
export function limitAmountText(
	limit: string,
	amount: number,
	postType?: string
): string {
	const n = formatAmount( amount );
	switch ( limit ) {
		case 'posts':
			return postsText( postType ?? 'post', amount, n );
		case 'disk_space':
			return sprintf(
				/* translators: %s: an amount such as "2.3 GB" */
				__( '%s of disk space', 'wu-plan-change' ),
				formatAmount( amount, 'mb' )
			);
		case 'custom_domains':
			return sprintf(
				/* translators: %s: a number of custom domains */
				_n(
					'%s custom domain',
					'%s custom domains',
					amount,
					'wu-plan-change'
				),
				n
			);
		case 'users':
			return sprintf(
				/* translators: %s: a number of users */
				_n( '%s user', '%s users', amount, 'wu-plan-change' ),
				n
			);
		case 'sites':
			return sprintf(
				/* translators: %s: a number of sites */
				_n( '%s site', '%s sites', amount, 'wu-plan-change' ),
				n
			);
		default:
			return n;
	}
}
