import type { EventType } from '../domain/event';
import type { Webhook } from '../domain/webhook';
import { webhookResource } from '../wire/webhook-resources';
import { recordAudit } from './audit';
import { billingNow, type BillingDeps } from './billing-deps';
import { newWebhookSecret } from './sign-webhook';

/** What the admin registers: an http(s) URL (checked by the route), the event types or `['*']`, active or not. */
export interface WebhookInput {
	url: string;
	events: EventType[] | [ '*' ];
	active: boolean;
}

/** Registers an endpoint with a new secret; it receives the events after this moment (those with a greater id). */
export function createWebhook(
	deps: Pick< BillingDeps, 'db' | 'webhooks' | 'events' | 'clock' | 'audit' >,
	input: WebhookInput
): Webhook {
	return deps.db.transaction( () => {
		const now = billingNow( deps );
		const webhook = deps.webhooks.insert( {
			...input,
			secret: newWebhookSecret(),
			afterEventId: deps.events.lastId(),
			createdAt: now,
			updatedAt: now,
		} );
		// The audit log never holds the secret.
		recordAudit( deps, {
			action: 'webhook.created',
			objectType: 'webhook',
			objectId: webhook.id,
			before: null,
			after: webhookResource( webhook ),
		} );
		return webhook;
	} )();
}
