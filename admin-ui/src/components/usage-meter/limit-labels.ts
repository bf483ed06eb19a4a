import { __, sprintf } from '@wordpress/i18n';
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
			/* translators: %s: a post type's slug, e.g. "product" */
			return sprintf( __( 'Posts of type “%s”', 'wu-plan-change' ), postType );
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
export function formatAmount( value: number, unit: 'count' | 'mb' = 'count' ): string {
	const number = new Intl.NumberFormat( formatLocale(), { maximumFractionDigits: 1 } );
	if ( unit === 'mb' ) {
		if ( value >= 1024 ) {
			/* translators: %s: an amount of gigabytes */
			return sprintf( __( '%s GB', 'wu-plan-change' ), number.format( value / 1024 ) );
		}
		/* translators: %s: an amount of megabytes */
		return sprintf( __( '%s MB', 'wu-plan-change' ), number.format( value ) );
	}
	return number.format( value );
}
