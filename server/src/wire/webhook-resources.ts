import type { Webhook, WebhookDelivery } from '../domain/webhook';

/** A webhook endpoint on the wire; the secret only when `withSecret` (the answer to its creation). */
export function webhookResource( webhook: Webhook, withSecret = false ) {
	return {
		id: webhook.id,
		url: webhook.url,
		events: webhook.events,
		active: webhook.active,
		created_at: webhook.createdAt,
		...( withSecret ? { secret: webhook.secret } : {} ),
	};
}

/** One delivery attempt on the wire (API.md), with the event's type and when a pending one goes out. */
export function deliveryResource( delivery: WebhookDelivery ) {
	return {
		id: delivery.id,
		webhook_id: delivery.webhookId,
		event_id: delivery.eventId,
		event_type: delivery.eventType,
		attempt: delivery.attempt,
		status: delivery.status,
		response_code: delivery.responseCode,
		error: delivery.error,
		next_attempt_at:
			delivery.status === 'pending' ? delivery.nextAttemptAt : null,
		at: delivery.at,
	};
}
