import { DomainError } from '../domain/errors';
import type { LimitValue, Limits } from '../domain/types';

const SCALAR_KEYS = [ 'sites', 'visits', 'disk_space', 'users', 'custom_domains' ] as const;
const POST_TYPE = /^[a-z0-9_-]{1,20}$/;

function limitValue( value: unknown ): LimitValue | undefined {
	if ( value === 'unlimited' ) {
		return value;
	}
	return typeof value === 'number' && Number.isSafeInteger( value ) && value >= 0 ? value : undefined;
}

/**
 * Reads a Limits object from the wire (API.md Product `limits`): each key a whole number ≥ 0 or
 * "unlimited", `posts` per post type. `sites` is refused when `allowSites` is false (a site's
 * override). Throws one rest_invalid_param naming every bad key.
 */
export function readLimits( body: unknown, options: { allowSites: boolean } ): Limits {
	const problems: Record< string, string > = {};
	const limits: Limits = {};
	if ( typeof body !== 'object' || body === null || Array.isArray( body ) ) {
		throw new DomainError( 'invalid', 'rest_invalid_param', 'Invalid parameter(s): limits', { params: { limits: 'The body must be a limits object.' } } );
	}
	for ( const [ key, value ] of Object.entries( body as Record< string, unknown > ) ) {
		if ( key === 'posts' ) {
			if ( typeof value !== 'object' || value === null || Array.isArray( value ) ) {
				problems.posts = 'posts must map post types to a number or "unlimited".';
				continue;
			}
			const posts: Record< string, LimitValue > = {};
			for ( const [ type, count ] of Object.entries( value as Record< string, unknown > ) ) {
				const parsed = limitValue( count );
				if ( ! POST_TYPE.test( type ) ) {
					problems[ `posts.${ type }` ] = 'A post type is 1–20 characters of a–z, 0–9, _ and -.';
				} else if ( parsed === undefined ) {
					problems[ `posts.${ type }` ] = `posts.${ type } must be a whole number ≥ 0 or "unlimited".`;
				} else {
					posts[ type ] = parsed;
				}
			}
			limits.posts = posts;
		} else if ( ( SCALAR_KEYS as readonly string[] ).includes( key ) ) {
			const parsed = limitValue( value );
			if ( key === 'sites' && ! options.allowSites ) {
				problems.sites = 'A site has no sites limit; set it on the membership.';
			} else if ( parsed === undefined ) {
				problems[ key ] = `${ key } must be a whole number ≥ 0 or "unlimited".`;
			} else {
				limits[ key as ( typeof SCALAR_KEYS )[ number ] ] = parsed;
			}
		} else {
			problems[ key ] = `Unknown limit ${ key }; the limits are ${ [ ...SCALAR_KEYS, 'posts' ].join( ', ' ) }.`;
		}
	}
	if ( Object.keys( problems ).length > 0 ) {
		throw new DomainError( 'invalid', 'rest_invalid_param', `Invalid parameter(s): ${ Object.keys( problems ).join( ', ' ) }`, { params: problems } );
	}
	return limits;
}
