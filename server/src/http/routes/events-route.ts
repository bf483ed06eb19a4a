import type { z } from 'zod';
import { EVENT_TYPES } from '../../domain/event';
import { eventResource } from '../../wire/event-resource';
import { listEvents } from '../../services/list-events';
import { networkAdmin } from '../rest-server';
import { integer, oneOf } from '../schema';
import {
	collectionArgs,
	listOf,
	pageOf,
	pageResponse,
} from '../schemas/collection';
import type { RouteDefinition } from './route-definition';

const args = collectionArgs( [ 'id' ] as const ).extend( {
	type: listOf( EVENT_TYPES ),
	after: integer( { min: 0 } ),
	object_type: oneOf( [
		'membership',
		'payment',
		'wallet_entry',
		'product',
	] as const ),
	object_id: integer( { min: 1 } ),
	customer: integer( { min: 1 } ),
} );

/** `GET /events` (admin): the outbox, newest first, filtered by type, cursor, object or customer. */
export const eventsRoute: RouteDefinition[] = [
	{
		route: '/events',
		endpoints: {
			methods: [ 'GET' ],
			permission: networkAdmin,
			args,
			handler: ( request, ctx ) => {
				const query = request.args as z.output< typeof args >;
				const page = pageOf( query, { orderby: 'id', order: 'desc' } );
				const { items, total } = listEvents( ctx, {
					types: query.type,
					after: query.after,
					objectType: query.object_type,
					objectId: query.object_id,
					customerId: query.customer,
					order: page.order,
					limit: page.perPage,
					offset: page.offset,
				} );
				return pageResponse(
					items.map( eventResource ),
					total,
					page,
					request.url()
				);
			},
		},
	},
];
