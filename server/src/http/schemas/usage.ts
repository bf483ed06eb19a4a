import { __, sprintf } from '../../i18n';
import { z } from 'zod';
import type { SiteUsageValues } from '../../domain/site';
import { isPostTypeName, mapOf } from '../../domain/post-types';

/** The parts of a site's usage a request sends; the rest stays as it is. */
export type UsagePatch = Partial< SiteUsageValues >;

const COUNTS = [
	[ 'disk_space', 'diskSpace' ],
	[ 'users', 'users' ],
	[ 'custom_domains', 'customDomains' ],
	[ 'visits', 'visits' ],
] as const;

/** Reads a usage object, reporting each bad part as `usage.<field>` (or `usage` when it is no object). */
function readUsage(
	raw: unknown,
	fail: ( key: string, reason: string ) => void
): UsagePatch {
	if ( typeof raw !== 'object' || raw === null || Array.isArray( raw ) ) {
		fail( 'usage', __( 'usage must be an object.', 'wu-plan-change' ) );
		return {};
	}
	const source = raw as Record< string, unknown >;
	const patch: UsagePatch = {};
	if ( source.posts !== undefined ) {
		const p = source.posts as Record< string, unknown >;
		if (
			typeof p !== 'object' ||
			p === null ||
			Array.isArray( p ) ||
			! Object.entries( p ).every(
				( [ k, v ] ) =>
					isPostTypeName( k ) &&
					Number.isSafeInteger( v ) &&
					( v as number ) >= 0
			)
		) {
			fail(
				'usage.posts',
				__(
					'usage.posts maps post types (1–20 characters of a–z, 0–9, _ and -) to whole numbers ≥ 0.',
					'wu-plan-change'
				)
			);
		} else {
			patch.posts = mapOf(
				Object.entries( p as Record< string, number > )
			);
		}
	}
	for ( const [ field, key ] of COUNTS ) {
		const value = source[ field ];
		if ( value === undefined ) {
			continue;
		}
		if ( ! Number.isSafeInteger( value ) || ( value as number ) < 0 ) {
			fail(
				`usage.${ field }`,
				sprintf(
					/* translators: %s: usage field, e.g. disk_space */ __(
						'usage.%s must be a whole number ≥ 0.',
						'wu-plan-change'
					),
					field
				)
			);
		} else {
			patch[ key ] = value as number;
		}
	}
	return patch;
}

const USAGE_JSON = {
	type: 'object',
	properties: {
		posts: { type: 'object', additionalProperties: { type: 'integer' } },
		disk_space: { type: 'integer', minimum: 0 },
		users: { type: 'integer', minimum: 0 },
		custom_domains: { type: 'integer', minimum: 0 },
		visits: { type: 'integer', minimum: 0 },
	},
};

/**
 * A site's usage as a whole body (`PUT /sites/{id}/usage`) or, with `field`, as one field of a
 * body (`usage` of `POST /sites`): problems are named `usage.<part>` either way.
 */
export function usageSchema( field?: string ) {
	return z
		.unknown()
		.transform( ( value, ctx ): UsagePatch | undefined => {
			if ( value === undefined || value === null ) {
				return undefined;
			}
			return readUsage( value, ( key, message ) =>
				ctx.addIssue( {
					code: 'custom',
					// Inside a field the path starts with it already.
					path: [
						field ? key.replace( /^usage\.?/, '' ) : key,
					].filter( ( part ) => part !== '' ),
					message,
				} )
			);
		} )
		.optional()
		.meta( field ? USAGE_JSON : {} );
}

/** The body of `PUT /sites/{id}/usage`, listed in the index by its parts. */
export const usageBody = z
	.object( {
		posts: z.unknown().optional().meta( USAGE_JSON.properties.posts ),
		disk_space: z
			.unknown()
			.optional()
			.meta( USAGE_JSON.properties.disk_space ),
		users: z.unknown().optional().meta( USAGE_JSON.properties.users ),
		custom_domains: z
			.unknown()
			.optional()
			.meta( USAGE_JSON.properties.custom_domains ),
		visits: z.unknown().optional().meta( USAGE_JSON.properties.visits ),
	} )
	.transform( ( fields, ctx ) =>
		readUsage( fields, ( key, message ) =>
			ctx.addIssue( { code: 'custom', path: [ key ], message } )
		)
	);
