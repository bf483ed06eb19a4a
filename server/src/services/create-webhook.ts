import type { EventType } from '../domain/event';
import type { Webhook } from '../domain/webhook';
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
	deps: Pick< BillingDeps, 'db' | 'webhooks' | 'events' | 'clock' >,
	input: WebhookInput
): Webhook {
	return deps.db.transaction( () => {
		const now = billingNow( deps );
		return deps.webhooks.insert( {
			...input,
			secret: newWebhookSecret(),
			afterEventId: deps.events.lastId(),
			createdAt: now,
			updatedAt: now,
		} );
	} )();
}
