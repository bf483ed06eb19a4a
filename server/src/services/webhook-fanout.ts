import { deliveryInstant, isWebhookFor } from '../domain/webhook';
import type { BillingDeps } from './billing-deps';
import type { EventConsumer } from './consume-events';

/**
 * The outbox consumer 'webhooks': for each event, queues a first attempt for every active
 * endpoint that takes its type, due now (`nowMs`, real time). It runs inside the transaction that
 * advances its cursor, so each event is queued once per endpoint and a crash loses nothing; the
 * sending is the dispatcher's (deliver-webhooks.ts), never a request's.
 */
export function webhookFanout(
	deps: Pick< BillingDeps, 'webhooks' >,
	nowMs: () => number = Date.now
): EventConsumer {
	return {
		name: 'webhooks',
		handle: ( event ) => {
			const now = deliveryInstant( nowMs() );
			for ( const webhook of deps.webhooks.all() ) {
				if ( isWebhookFor( webhook, event.type, event.id ) ) {
					deps.webhooks.addDelivery( {
						webhookId: webhook.id,
						eventId: event.id,
						attempt: 1,
						retry: 0,
						nextAttemptAt: now,
						at: now,
					} );
				}
			}
		},
	};
}
