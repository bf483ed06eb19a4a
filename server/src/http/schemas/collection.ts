import { z } from 'zod';
import type { CollectionParams } from '../collection';
import { integer, oneOf, text } from '../schema';

/**
 * The standard collection parameters of the WordPress REST API: `page`, `per_page` (1–100),
 * `search`, `orderby` (one of `orderby`) and `order`; a route adds its own filters in `extra`.
 */
export function collectionArgs<
	O extends string,
	E extends Record< string, z.ZodType >,
>( orderby: readonly [ O, ...O[] ], extra: E ) {
	return z.object( {
		page: integer( { min: 1 } ),
		per_page: integer( { min: 1, max: 100 } ),
		search: text( { max: 200 } ),
		orderby: oneOf( orderby ),
		order: oneOf( [ 'asc', 'desc' ] as const ),
		...extra,
	} );
}

/** The page a collection's parsed args ask for, with the route's defaults. */
export function pageOf(
	args: {
		page?: number;
		per_page?: number;
		search?: string;
		orderby?: string;
		order?: 'asc' | 'desc';
	},
	defaults: { orderby: string; order?: 'asc' | 'desc'; perPage?: number }
): CollectionParams {
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
