import { __, sprintf } from '../i18n';
import { invalidParams } from '../domain/errors';
import { emptyMap, isPostTypeName } from '../domain/post-types';
import type { LimitValue, Limits } from '../domain/types';

const SCALAR_KEYS = [
	'sites',
	'visits',
	'disk_space',
	'users',
	'custom_domains',
] as const;

function limitValue( value: unknown ): LimitValue | undefined {
	if ( value === 'unlimited' ) {
		return value;
	}
	return typeof value === 'number' &&
		Number.isSafeInteger( value ) &&
		value >= 0
		? value
		: undefined;
}

/**
 * Reads a Limits object from the wire (API.md Product `limits`): each key a whole number ≥ 0 or
 * "unlimited", `posts` per post type. `sites` is refused when `allowSites` is false (a site's
 * override). Throws one rest_invalid_param naming every bad key.
 */
export function readLimits(
	body: unknown,
	options: { allowSites: boolean }
): Limits {
	const problems = emptyMap< string >();
	const limits: Limits = {};
	if ( typeof body !== 'object' || body === null || Array.isArray( body ) ) {
		throw invalidParams( {
			limits: __( 'The body must be a limits object.', 'wu-plan-change' ),
		} );
	}
	for ( const [ key, value ] of Object.entries(
		body as Record< string, unknown >
	) ) {
		if ( key === 'posts' ) {
			if (
				typeof value !== 'object' ||
				value === null ||
				Array.isArray( value )
			) {
				problems.posts = __(
					'posts must map post types to a number or "unlimited".',
					'wu-plan-change'
				);
				continue;
			}
			const posts = emptyMap< LimitValue >();
			for ( const [ type, count ] of Object.entries(
				value as Record< string, unknown >
			) ) {
				const parsed = limitValue( count );
				if ( ! isPostTypeName( type ) ) {
					problems[ `posts.${ type }` ] = __(
						'A post type is 1–20 characters of a–z, 0–9, _ and -.',
						'wu-plan-change'
					);
				} else if ( parsed === undefined ) {
					problems[ `posts.${ type }` ] = sprintf(
						/* translators: %s: field name */ __(
							'%s must be a whole number ≥ 0 or "unlimited".',
							'wu-plan-change'
						),
						`posts.${ type }`
					);
				} else {
					posts[ type ] = parsed;
				}
			}
			limits.posts = posts;
		} else if ( ( SCALAR_KEYS as readonly string[] ).includes( key ) ) {
			const parsed = limitValue( value );
			if ( key === 'sites' && ! options.allowSites ) {
				problems.sites = __(
					'A site has no sites limit; set it on the membership.',
					'wu-plan-change'
				);
			} else if ( parsed === undefined ) {
				problems[ key ] = sprintf(
					/* translators: %s: field name */ __(
						'%s must be a whole number ≥ 0 or "unlimited".',
						'wu-plan-change'
					),
					key
				);
			} else {
				limits[ key as ( typeof SCALAR_KEYS )[ number ] ] = parsed;
			}
		} else {
			problems[ key ] = sprintf(
				/* translators: 1: the unknown key, 2: the known limits */ __(
					'Unknown limit %1$s; the limits are %2$s.',
					'wu-plan-change'
				),
				key,
				[ ...SCALAR_KEYS, 'posts' ].join( ', ' )
			);
		}
	}
	if ( Object.keys( problems ).length > 0 ) {
		throw invalidParams( problems );
	}
	return limits;
}
