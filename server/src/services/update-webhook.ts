import type { Webhook } from '../domain/webhook';
import { webhookResource } from '../wire/webhook-resources';
import { recordAudit } from './audit';
import { billingNow, type BillingDeps } from './billing-deps';
import type { WebhookInput } from './create-webhook';
import { loadWebhook } from './find-webhook';

/** Changes an endpoint's URL, event types or active flag; its secret and delivery log stay. */
export function updateWebhook(
	deps: Pick< BillingDeps, 'db' | 'webhooks' | 'clock' | 'audit' | 'events' >,
	id: number,
	changes: Partial< WebhookInput >
): Webhook {
	return deps.db.transaction( () => {
		const current = loadWebhook( deps, id );
		deps.webhooks.update( {
			...current,
			...changes,
			updatedAt: billingNow( deps ),
		} );
		const updated = loadWebhook( deps, id );
		recordAudit( deps, {
			action: 'webhook.updated',
			objectType: 'webhook',
			objectId: id,
			before: webhookResource( current ),
			after: webhookResource( updated ),
		} );
		return updated;
	} )();
}
