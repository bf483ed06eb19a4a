import { z } from 'zod';
import { RestResponse } from '../rest-server';
import { integer, oneOf, text } from '../schema';

/**
 * WordPress's collection parameters as one zod schema (`page`, `per_page`, `search`, `orderby`,
 * `order`) that a list's endpoint extends with its filters, and the answer of a page:
 * `X-WP-Total`, `X-WP-TotalPages` and `Link` rel="prev"/"next" as WordPress sends them.
 */

export const ORDERS = [ 'asc', 'desc' ] as const;

/** The collection parameters of a list sortable by `orderby` (per_page 1–`maxPerPage`). */
export function collectionArgs< O extends string >(
	orderby: readonly [ O, ...O[] ],
	maxPerPage = 100
) {
	return z.object( {
		page: integer( { min: 1 } ),
		per_page: integer( { min: 1, max: maxPerPage } ),
		search: text( { max: 200 } ),
		orderby: oneOf( orderby ),
		order: oneOf( ORDERS ),
	} );
}

/**
 * A filter taking one value or several, as a comma list (`status=active,trialing`) or repeated
 * (`status=active&status=trialing`); absent or empty means no filter.
 */
export function listOf< T extends string >( allowed: readonly [ T, ...T[] ] ) {
	return z.preprocess(
		( value ) => {
			if ( value === undefined || value === null ) {
				return undefined;
			}
			const parts = ( Array.isArray( value ) ? value : [ value ] )
				.flatMap( ( part ) =>
					typeof part === 'string' ? part.split( ',' ) : [ part ]
				)
				.map( ( part ) =>
					typeof part === 'string' ? part.trim() : part
				)
				.filter( ( part ) => part !== '' );
			return parts.length > 0 ? parts : undefined;
		},
		// Checked as a whole, so that a bad value is reported on the filter itself (`status`), not
		// on its position in the list.
		z
			.array( z.unknown() )
			.superRefine( ( values, ctx ) => {
				const bad = values.find(
					( value ) =>
						! ( allowed as readonly unknown[] ).includes( value )
				);
				if ( bad !== undefined ) {
					ctx.addIssue( {
						code: 'invalid_value',
						values: [ ...allowed ],
						input: bad,
					} );
				}
			} )
			.transform( ( values ) => values as T[] )
			.optional()
	);
}

/** The page a list answers, with WordPress's defaults filled in. */
export interface CollectionPage< O extends string > {
	page: number;
	perPage: number;
	offset: number;
	search: string;
	orderby: O;
	order: 'asc' | 'desc';
}

/** The page asked for by parsed collection `args`, else the list's defaults (per_page 10, asc). */
export function pageOf< O extends string >(
	args: {
		page?: number;
		per_page?: number;
		search?: string;
		orderby?: O;
		order?: 'asc' | 'desc';
	},
	defaults: { orderby: O; order?: 'asc' | 'desc'; perPage?: number }
): CollectionPage< O > {
	const page = args.page ?? 1;
	const perPage = args.per_page ?? defaults.perPage ?? 10;
	return {
		page,
		perPage,
		offset: ( page - 1 ) * perPage,
		search: args.search ?? '',
		orderby: args.orderby ?? defaults.orderby,
		order: args.order ?? defaults.order ?? 'asc',
	};
}

/** `url` with its `page` query parameter set to `page`. */
function pageUrl( url: string, page: number ): string {
	const next = new URL( url );
	next.searchParams.set( 'page', String( page ) );
	return next.toString();
}

/**
 * A page of a list as WordPress answers it: the items, `X-WP-Total`, `X-WP-TotalPages`, and a
 * `Link` header with rel="prev" (when page > 1; the last page when beyond it) and rel="next"
 * (when more pages follow), each the request's own URL with another `page`.
 */
export function pageResponse(
	items: unknown[],
	total: number,
	page: Pick< CollectionPage< string >, 'page' | 'perPage' >,
	url: string
): RestResponse {
	const pages = total === 0 ? 0 : Math.ceil( total / page.perPage );
	const headers: Record< string, string > = {
		'X-WP-Total': String( total ),
		'X-WP-TotalPages': String( pages ),
	};
	const links: string[] = [];
	if ( page.page > 1 ) {
		const prev = Math.min( page.page - 1, Math.max( pages, 1 ) );
		links.push( `<${ pageUrl( url, prev ) }>; rel="prev"` );
	}
	if ( pages > page.page ) {
		links.push( `<${ pageUrl( url, page.page + 1 ) }>; rel="next"` );
	}
	if ( links.length > 0 ) {
		headers.Link = links.join( ', ' );
	}
	return new RestResponse( items, 200, headers );
}
