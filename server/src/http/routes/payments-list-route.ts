import type { z } from 'zod';
import type { PaymentStatus } from '../../domain/payment';
import { listPayments } from '../../services/list-payments';
import { isAdmin } from '../access';
import { paymentResource } from '../../wire/resources';
import { loggedIn } from '../rest-server';
import { integer } from '../schema';
import {
	collectionArgs,
	listOf,
	pageOf,
	pageResponse,
} from '../schemas/collection';
import type { RouteDefinition } from './route-definition';

const STATUSES: readonly [ PaymentStatus, ...PaymentStatus[] ] = [
	'pending',
	'completed',
	'failed',
	'refunded',
	'partially_refunded',
];

const ORDERBY = [
	'id',
	'created_at',
	'total',
	'status',
	'customer_name',
] as const;

const args = collectionArgs( ORDERBY ).extend( {
	status: listOf( STATUSES ),
	customer: integer( { min: 1 } ),
	membership: integer( { min: 1 } ),
} );

/**
 * `GET /payments`: the payment list, newest first (a customer gets only theirs), with paging,
 * search, status/customer/membership filters and sorting; each item carries `customer_name`
 * and `plan_name` (its membership's plan, null without one).
 */
export const paymentsListRoute: RouteDefinition[] = [
	{
		route: '/payments',
		endpoints: {
			methods: [ 'GET' ],
			permission: loggedIn,
			args,
			handler: ( request, ctx ) => {
				const query = request.args as z.output< typeof args >;
				const page = pageOf( query, { orderby: 'id', order: 'desc' } );
				const { items, total } = listPayments(
					ctx,
					{ userId: request.user!.id, admin: isAdmin( request ) },
					{
						customerId: query.customer,
						membershipId: query.membership,
						statuses: query.status,
						search: page.search,
						orderby: page.orderby,
						order: page.order,
						limit: page.perPage,
						offset: page.offset,
					}
				);
				return pageResponse(
					items.map( ( item ) => ( {
						...paymentResource( item ),
						customer_name: item.customerName,
						plan_name: item.planName,
					} ) ),
					total,
					page,
					request.url()
				);
			},
		},
	},
];
