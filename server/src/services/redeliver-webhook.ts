import { __ } from '../i18n';
import { DomainError } from '../domain/errors';
import { deliveryInstant, type WebhookDelivery } from '../domain/webhook';
import type { BillingDeps } from './billing-deps';
import { loadWebhook } from './find-webhook';

/**
 * The admin's Resend: queues a new attempt of a delivery's event to its endpoint, due now
 * (`nowMs`, real time), with a fresh retry schedule; the dispatcher sends it, in event order.
 * Refused (409) while an attempt of that event to that endpoint is still pending.
 */
export function redeliverWebhook(
	deps: Pick< BillingDeps, 'db' | 'webhooks' >,
	webhookId: number,
	deliveryId: number,
	nowMs: number
): WebhookDelivery {
	return deps.db.transaction( () => {
		loadWebhook( deps, webhookId );
		const delivery = deps.webhooks.findDelivery( deliveryId );
		if ( ! delivery || delivery.webhookId !== webhookId ) {
			throw new DomainError(
				'not_found',
				'rest_not_found',
				__( 'No delivery was found with that id.', 'wu-plan-change' )
			);
		}
		if ( deps.webhooks.hasPending( webhookId, delivery.eventId ) ) {
			throw new DomainError(
				'conflict',
				'wu_delivery_pending',
				__(
					'This event is already waiting to be sent to this endpoint.',
					'wu-plan-change'
				)
			);
		}
		const now = deliveryInstant( nowMs );
		return deps.webhooks.addDelivery( {
			webhookId,
			eventId: delivery.eventId,
			attempt:
				deps.webhooks.lastAttempt( webhookId, delivery.eventId ) + 1,
			retry: 0,
			nextAttemptAt: now,
			at: now,
		} );
	} )();
}
