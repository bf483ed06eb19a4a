import { __, sprintf } from '@wordpress/i18n';
import type { WireLimits } from '../../../api/types';

/** A limit that is one number (not per post type). */
export type ScalarKey = Exclude< keyof WireLimits, 'posts' >;

/** A limit key as the form lists it: a scalar key, or `posts.<type>`. */
export type LimitKey = ScalarKey | `posts.${ string }`;

/** The translated name of a limit. */
export function limitLabel( key: LimitKey ): string {
	switch ( key ) {
		case 'sites':
			return __( 'Sites', 'wu-plan-change' );
		case 'visits':
			return __( 'Visits per month', 'wu-plan-change' );
		case 'disk_space':
			return __( 'Disk space (MB)', 'wu-plan-change' );
		case 'users':
			return __( 'Users', 'wu-plan-change' );
		case 'custom_domains':
			return __( 'Custom domains', 'wu-plan-change' );
		default: {
			const type = key.slice( 'posts.'.length );
			if ( type === 'post' ) {
				return __( 'Posts', 'wu-plan-change' );
			}
			if ( type === 'page' ) {
				return __( 'Pages', 'wu-plan-change' );
			}
			/* translators: %s: a post type slug */
			return sprintf( __( 'Items of type %s', 'wu-plan-change' ), type );
		}
	}
}
