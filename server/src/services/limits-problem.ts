import { __, sprintf } from '../i18n';
import type { LimitValue, Limits } from '../domain/types';

const LIMIT_KEYS = [
	'sites',
	'visits',
	'disk_space',
	'users',
	'custom_domains',
];

function isLimitValue( value: unknown ): value is LimitValue {
	return (
		value === 'unlimited' ||
		( typeof value === 'number' &&
			Number.isSafeInteger( value ) &&
			value >= 0 )
	);
}

/** The label of a limit as the Limits tab shows it ("Sites", "Pages", "Disk space (MB)"). */
export function limitLabel( key: string ): string {
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
		case 'posts.post':
			return __( 'Posts', 'wu-plan-change' );
		case 'posts.page':
			return __( 'Pages', 'wu-plan-change' );
		default:
			return sprintf(
				/* translators: %s: a post type slug */ __(
					'Items of type %s',
					'wu-plan-change'
				),
				key.replace( /^posts\./, '' )
			);
	}
}

function limitValueProblem( key: string, value: unknown ): string | null {
	if ( isLimitValue( value ) ) {
		return null;
	}
	if ( typeof value === 'number' && value < 0 ) {
		return sprintf(
			/* translators: %s: a limit's label, e.g. Sites */ __(
				'The %s limit cannot be negative: enter 0 or more, or Unlimited.',
				'wu-plan-change'
			),
			limitLabel( key )
		);
	}
	return sprintf(
		/* translators: %s: a limit's label, e.g. Sites */ __(
			'The %s limit must be a whole number (0 or more) or Unlimited.',
			'wu-plan-change'
		),
		limitLabel( key )
	);
}

/** A problem with a `limits` value, or null (RULES L1: numbers ≥ 0 or "unlimited"; posts per type). */
export function limitsProblem( limits: unknown ): string | null {
	if (
		typeof limits !== 'object' ||
		limits === null ||
		Array.isArray( limits )
	) {
		return __(
			'Limits must be an object of limit values.',
			'wu-plan-change'
		);
	}
	for ( const [ key, value ] of Object.entries( limits ) ) {
		if ( key === 'posts' ) {
			if (
				typeof value !== 'object' ||
				value === null ||
				Array.isArray( value )
			) {
				return __(
					'The posts limits must map post types to a number or "unlimited".',
					'wu-plan-change'
				);
			}
			for ( const [ type, count ] of Object.entries( value ) ) {
				if ( ! /^[a-z0-9_-]{1,40}$/.test( type ) ) {
					return sprintf(
						/* translators: %s: post type */ __(
							'"%s" is not a post type.',
							'wu-plan-change'
						),
						type
					);
				}
				const problem = limitValueProblem( `posts.${ type }`, count );
				if ( problem ) {
					return problem;
				}
			}
		} else if ( ! LIMIT_KEYS.includes( key ) ) {
			return sprintf(
				/* translators: 1: the limit's key as sent, 2: the known limit keys, comma-separated */
				__(
					'limits.%1$s is not a known limit (%2$s).',
					'wu-plan-change'
				),
				key,
				[ ...LIMIT_KEYS, 'posts' ].join( ', ' )
			);
		} else {
			const problem = limitValueProblem( key, value );
			if ( problem ) {
				return problem;
			}
		}
	}
	return null;
}

/** The longest period of each unit: 10 years (RULES M6). */

/** Limits as given, for storage (validated by limitsProblem). */
export function asLimits( value: unknown ): Limits {
	return value as Limits;
}
