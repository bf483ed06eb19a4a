import type { z } from 'zod';
import type { ProductType } from '../../domain/types';
import { listProducts } from '../../services/list-products';
import { isAdmin } from '../access';
import { productResource } from '../../wire/resources';
import { everyone } from '../rest-server';
import { oneOf, text } from '../schema';
import { collectionArgs, pageOf, pageResponse } from '../schemas/collection';
import type { RouteDefinition } from './route-definition';

const TYPES: readonly [ ProductType, ...ProductType[] ] = [
	'plan',
	'package',
	'service',
];

const ORDERBY = [
	'list_order',
	'name',
	'id',
	'amount',
	'type',
	'slug',
] as const;

const args = collectionArgs( ORDERBY ).extend( {
	type: oneOf( TYPES ),
	status: oneOf( [ 'active', 'inactive', 'any' ] as const ),
	/** A plan group by name, spelling-blind; empty: products without a group. */
	group: text( { max: 100 } ),
} );

/**
 * `GET /products`: the catalogue in product order (everyone reads active products; the admin
 * also inactive ones with `status`), with paging (100 per page unless asked: the screens show
 * the whole catalogue), search on name and slug, type/status/group filters and sorting.
 */
export const productsListRoute: RouteDefinition[] = [
	{
		route: '/products',
		endpoints: {
			methods: [ 'GET' ],
			permission: everyone,
			args,
			handler: ( request, ctx ) => {
				const query = request.args as z.output< typeof args >;
				const page = pageOf( query, {
					orderby: 'list_order',
					perPage: 100,
				} );
				const { items, total } = listProducts(
					ctx,
					isAdmin( request ),
					{
						type: query.type,
						status: query.status,
						group: query.group,
						search: page.search,
						orderby: page.orderby,
						order: page.order,
						limit: page.perPage,
						offset: page.offset,
					}
				);
				return pageResponse(
					items.map( productResource ),
					total,
					page,
					request.url()
				);
			},
		},
	},
];
