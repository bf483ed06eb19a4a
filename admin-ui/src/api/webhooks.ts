import { get, getPage, query, send } from './client';

/** A webhook endpoint (API.md "Events, webhooks and e-mails"); `secret` only in the answer to its creation. */
export interface Webhook {
	id: number;
	url: string;
	/** Event types, or `['*']` for all. */
	events: string[];
	active: boolean;
	created_at: string;
	secret?: string;
}

/** One attempt to send an event to an endpoint. */
export interface WebhookDelivery {
	id: number;
	webhook_id: number;
	event_id: number;
	event_type: string;
	attempt: number;
	status: 'pending' | 'succeeded' | 'failed';
	response_code: number | null;
	error: string | null;
	next_attempt_at: string | null;
	at: string;
}

/** What a form sends to create or change an endpoint. */
export interface WebhookWrite {
	url?: string;
	events?: string[];
	active?: boolean;
}

type ListParams = Record< string, string | number | boolean | undefined >;

export const listWebhooks = ( params: ListParams = {} ) =>
	getPage< Webhook >( `/webhooks${ query( params ) }` );
export const getWebhook = ( id: number ) =>
	get< Webhook >( `/webhooks/${ id }` );
export const createWebhook = ( body: WebhookWrite ) =>
	send< Webhook >( 'POST', '/webhooks', body );
export const updateWebhook = ( id: number, body: WebhookWrite ) =>
	send< Webhook >( 'PUT', `/webhooks/${ id }`, body );
export const deleteWebhook = ( id: number ) =>
	send< { deleted: boolean } >( 'DELETE', `/webhooks/${ id }` );
export const listDeliveries = ( id: number, params: ListParams = {} ) =>
	getPage< WebhookDelivery >(
		`/webhooks/${ id }/deliveries${ query( params ) }`
	);
/** Resend: a new attempt of the delivery's event, sent by the dispatcher shortly. */
export const redeliver = ( webhookId: number, deliveryId: number ) =>
	send< WebhookDelivery >(
		'POST',
		`/webhooks/${ webhookId }/deliveries/${ deliveryId }/redeliver`
	);
