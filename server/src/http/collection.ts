import { ParamReader } from './params';
import { RestResponse } from './rest-server';

/** The standard collection parameters of the WordPress REST API. */
export interface CollectionParams {
	page: number;
	perPage: number;
	offset: number;
	search: string;
	orderby: string;
	order: 'asc' | 'desc';
}

/**
 * Reads `page`, `per_page` (1–100), `search`, `orderby` (one of `orderbyAllowed`) and
 * `order`; `extra` lets a route read its own filters in the same pass so that one
 * `rest_invalid_param` lists every bad field.
 */
export function readCollectionParams(
	query: Record< string, unknown >,
	orderbyAllowed: readonly string[],
	defaults: { orderby: string; order?: 'asc' | 'desc'; perPage?: number },
	extra?: ( reader: ParamReader ) => void
): CollectionParams {
	const reader = new ParamReader( query );
	const page = reader.integer( 'page', { min: 1 } ) ?? 1;
	const perPage =
		reader.integer( 'per_page', { min: 1, max: 100 } ) ??
		defaults.perPage ??
		10;
	const search = reader.string( 'search', { max: 200 } ) ?? '';
	const orderby =
		reader.oneOf( 'orderby', orderbyAllowed ) ?? defaults.orderby;
	const order =
		reader.oneOf( 'order', [ 'asc', 'desc' ] as const ) ??
		defaults.order ??
		'asc';
	extra?.( reader );
	reader.done();
	return {
		page,
		perPage,
		offset: ( page - 1 ) * perPage,
		search,
		orderby,
		order,
	};
}

/** A page of a collection with `X-WP-Total` and `X-WP-TotalPages`. */
export function collectionResponse(
	items: unknown[],
	total: number,
	params: CollectionParams
): RestResponse {
	return new RestResponse( items, 200, {
		'X-WP-Total': String( total ),
		'X-WP-TotalPages': String(
			Math.max( total === 0 ? 0 : 1, Math.ceil( total / params.perPage ) )
		),
	} );
}
