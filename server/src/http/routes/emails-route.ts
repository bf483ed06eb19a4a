import type { z } from 'zod';
import { __ } from '../../i18n';
import { EMAIL_STATUSES, type Email } from '../../domain/email';
import { DomainError } from '../../domain/errors';
import { findEmail } from '../../services/find-email';
import { listEmails } from '../../services/list-emails';
import { idParam } from '../id-param';
import { networkAdmin } from '../rest-server';
import { integer } from '../schema';
import {
	collectionArgs,
	listOf,
	pageOf,
	pageResponse,
} from '../schemas/collection';
import type { RouteDefinition } from './route-definition';

const args = collectionArgs( [ 'id' ] as const ).extend( {
	customer: integer( { min: 1 } ),
	status: listOf( EMAIL_STATUSES ),
} );

/**
 * An e-mail on the wire (API.md "Events, webhooks and e-mails"): `{id, to, subject, text, html,
 * created_at, event_id}` and what the Sent e-mails screen shows besides (customer, kind, locale,
 * sending state; `sent_at` and `error` in real time).
 */
export function emailResource( email: Email ) {
	return {
		id: email.id,
		to: email.to,
		subject: email.subject,
		text: email.text,
		html: email.html,
		created_at: email.createdAt,
		event_id: email.eventId,
		customer_id: email.customerId,
		kind: email.kind,
		locale: email.locale,
		status: email.status,
		attempts: email.attempts,
		sent_at: email.sentAt,
		error: email.error,
	};
}

/** `GET /emails` (admin): the e-mails to customers, newest first, filtered by customer or status; `GET /emails/{id}`: one. */
export const emailsRoute: RouteDefinition[] = [
	{
		route: '/emails',
		endpoints: {
			methods: [ 'GET' ],
			permission: networkAdmin,
			args,
			handler: ( request, ctx ) => {
				const query = request.args as z.output< typeof args >;
				const page = pageOf( query, { orderby: 'id', order: 'desc' } );
				const { items, total } = listEmails( ctx, {
					customerId: query.customer,
					statuses: query.status,
					search: page.search,
					order: page.order,
					limit: page.perPage,
					offset: page.offset,
				} );
				return pageResponse(
					items.map( emailResource ),
					total,
					page,
					request.url()
				);
			},
		},
	},
	{
		route: '/emails/:id',
		endpoints: {
			methods: [ 'GET' ],
			permission: networkAdmin,
			handler: ( request, ctx ) => {
				const email = findEmail( ctx, idParam( request.params ) );
				if ( ! email ) {
					throw new DomainError(
						'not_found',
						'rest_not_found',
						__(
							'No e-mail was found with that id.',
							'wu-plan-change'
						)
					);
				}
				return emailResource( email );
			},
		},
	},
];
