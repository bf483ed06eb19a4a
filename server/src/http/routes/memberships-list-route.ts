import { z } from 'zod';
import type { MembershipStatus } from '../../domain/types';
import { listMemberships } from '../../services/list-memberships';
import { isAdmin } from '../access';
import { membershipResource } from '../../wire/resources';
import { loggedIn } from '../rest-server';
import {
	collectionArgs,
	listOf,
	pageOf,
	pageResponse,
} from '../schemas/collection';
import { flag, integer } from '../schema';
import type { RouteDefinition } from './route-definition';

const STATUSES: readonly [ MembershipStatus, ...MembershipStatus[] ] = [
	'pending',
	'trialing',
	'active',
	'on-hold',
	'expired',
	'cancelled',
];

const ORDERBY = [
	'id',
	'status',
	'period_end',
	'amount',
	'customer_name',
	'plan_name',
] as const;

const args = collectionArgs( ORDERBY ).extend( {
	status: listOf( STATUSES ),
	customer: integer( { min: 1 } ),
	plan: integer( { min: 1 } ),
	renewal_error: flag(),
} );

/**
 * `GET /memberships`: the admin's membership list (a customer gets only theirs) with paging,
 * search, status/customer/plan/renewal-error filters and sorting; each item carries
 * `customer_name` and `plan_name` so that a list needs no second request.
 */
export const membershipsListRoute: RouteDefinition[] = [
	{
		route: '/memberships',
		endpoints: {
			methods: [ 'GET' ],
			permission: loggedIn,
			args,
			handler: ( request, ctx ) => {
				const query = request.args as z.output< typeof args >;
				const page = pageOf( query, { orderby: 'id' } );
				const { items, total, products } = listMemberships(
					ctx,
					{ userId: request.user!.id, admin: isAdmin( request ) },
					{
						customerId: query.customer,
						statuses: query.status,
						planId: query.plan,
						renewalError: query.renewal_error,
						search: page.search,
						orderby: page.orderby,
						order: page.order,
						limit: page.perPage,
						offset: page.offset,
					}
				);
				return pageResponse(
					items.map( ( item ) => ( {
						...membershipResource(
							item,
							products,
							item.retry,
							item.renewalError
						),
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
