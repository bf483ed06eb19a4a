import type { z } from 'zod';
import { listCustomers } from '../../services/list-customers';
import { isAdmin } from '../access';
import { customerResource } from '../../wire/resources';
import { loggedIn } from '../rest-server';
import { collectionArgs, pageOf, pageResponse } from '../schemas/collection';
import type { RouteDefinition } from './route-definition';

const ORDERBY = [
	'id',
	'display_name',
	'username',
	'email',
	'wallet_balance',
] as const;

const args = collectionArgs( ORDERBY );

/**
 * `GET /customers`: the customer list (a customer gets only themself) with paging, search on
 * username, email and display name (each from its start), and sorting.
 */
export const customersListRoute: RouteDefinition[] = [
	{
		route: '/customers',
		endpoints: {
			methods: [ 'GET' ],
			permission: loggedIn,
			args,
			handler: ( request, ctx ) => {
				const page = pageOf( request.args as z.output< typeof args >, {
					orderby: 'id',
				} );
				const { items, total, currency } = listCustomers(
					ctx,
					{ userId: request.user!.id, admin: isAdmin( request ) },
					{
						search: page.search,
						orderby: page.orderby,
						order: page.order,
						limit: page.perPage,
						offset: page.offset,
					}
				);
				return pageResponse(
					items.map( ( item ) =>
						customerResource( item, item.walletBalance, currency )
					),
					total,
					page,
					request.url()
				);
			},
		},
	},
];
