import type { z } from 'zod';
import { createWebhook } from '../../services/create-webhook';
import { deleteWebhook } from '../../services/delete-webhook';
import { loadWebhook } from '../../services/find-webhook';
import {
	listWebhookDeliveries,
	listWebhooks,
} from '../../services/list-webhooks';
import { redeliverWebhook } from '../../services/redeliver-webhook';
import { updateWebhook } from '../../services/update-webhook';
import {
	deliveryResource,
	webhookResource,
} from '../../wire/webhook-resources';
import { idParam } from '../id-param';
import { networkAdmin, RestResponse, withArgs } from '../rest-server';
import { collectionArgs, pageOf, pageResponse } from '../schemas/collection';
import { newWebhookArgs, webhookChangeArgs } from '../schemas/webhook';
import type { RouteDefinition } from './route-definition';

const listArgs = collectionArgs( [ 'id' ] as const );

/**
 * Webhook endpoints (API.md "Events, webhooks and e-mails"), the network admin's only: register
 * (the secret is answered once, here), read, change, remove; the delivery log and Resend. Sending
 * is the dispatcher's (jobs/webhook-dispatcher.ts), never a request's.
 */
export const webhooksRoutes: RouteDefinition[] = [
	{
		route: '/webhooks',
		endpoints: [
			{
				methods: [ 'GET' ],
				permission: networkAdmin,
				args: listArgs,
				handler: ( request, ctx ) => {
					const query = request.args as z.output< typeof listArgs >;
					const page = pageOf( query, {
						orderby: 'id',
						order: 'desc',
					} );
					const { items, total } = listWebhooks( ctx, {
						order: page.order,
						limit: page.perPage,
						offset: page.offset,
					} );
					return pageResponse(
						items.map( ( webhook ) => webhookResource( webhook ) ),
						total,
						page,
						request.url()
					);
				},
			},
			withArgs( newWebhookArgs, {
				methods: [ 'POST' ],
				permission: networkAdmin,
				handler: ( request, ctx ) => {
					const webhook = createWebhook( ctx, {
						url: request.args.url,
						events: request.args.events ?? [ '*' ],
						active: request.args.active ?? true,
					} );
					return new RestResponse(
						webhookResource( webhook, true ),
						201,
						{ Location: `/wp-json/wu/v2/webhooks/${ webhook.id }` }
					);
				},
			} ),
		],
	},
	{
		route: '/webhooks/:id',
		endpoints: [
			{
				methods: [ 'GET' ],
				permission: networkAdmin,
				handler: ( request, ctx ) =>
					webhookResource(
						loadWebhook( ctx, idParam( request.params ) )
					),
			},
			withArgs( webhookChangeArgs, {
				methods: [ 'PUT', 'PATCH' ],
				permission: networkAdmin,
				handler: ( request, ctx ) => {
					const { url, events, active } = request.args;
					return webhookResource(
						updateWebhook( ctx, idParam( request.params ), {
							...( url !== undefined ? { url } : {} ),
							...( events !== undefined ? { events } : {} ),
							...( active !== undefined ? { active } : {} ),
						} )
					);
				},
			} ),
			{
				methods: [ 'DELETE' ],
				permission: networkAdmin,
				handler: ( request, ctx ) => ( {
					deleted: true,
					previous: webhookResource(
						deleteWebhook( ctx, idParam( request.params ) )
					),
				} ),
			},
		],
	},
	{
		route: '/webhooks/:id/deliveries',
		endpoints: {
			methods: [ 'GET' ],
			permission: networkAdmin,
			args: listArgs,
			handler: ( request, ctx ) => {
				const query = request.args as z.output< typeof listArgs >;
				const page = pageOf( query, { orderby: 'id', order: 'desc' } );
				const { items, total } = listWebhookDeliveries(
					ctx,
					idParam( request.params ),
					{
						order: page.order,
						limit: page.perPage,
						offset: page.offset,
					}
				);
				return pageResponse(
					items.map( deliveryResource ),
					total,
					page,
					request.url()
				);
			},
		},
	},
	{
		route: '/webhooks/:id/deliveries/:delivery_id/redeliver',
		endpoints: {
			methods: [ 'POST' ],
			permission: networkAdmin,
			handler: ( request, ctx ) =>
				new RestResponse(
					deliveryResource(
						redeliverWebhook(
							ctx,
							idParam( request.params ),
							idParam( request.params, 'delivery_id' ),
							Date.parse( ctx.wallClock.now() )
						)
					),
					202
				),
		},
	},
];
