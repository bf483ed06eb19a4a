import type { PageQuery } from '../db/webhook-repository';
import type { Webhook, WebhookDelivery } from '../domain/webhook';
import type { BillingDeps } from './billing-deps';
import { loadWebhook } from './find-webhook';

/** A page of the registered endpoints. */
export function listWebhooks(
	deps: Pick< BillingDeps, 'webhooks' >,
	query: PageQuery
): { items: Webhook[]; total: number } {
	return deps.webhooks.list( query );
}

/** A page of an endpoint's delivery attempts (rest_not_found for an unknown endpoint). */
export function listWebhookDeliveries(
	deps: Pick< BillingDeps, 'webhooks' >,
	webhookId: number,
	query: PageQuery
): { items: WebhookDelivery[]; total: number } {
	loadWebhook( deps, webhookId );
	return deps.webhooks.deliveries( webhookId, query );
}
