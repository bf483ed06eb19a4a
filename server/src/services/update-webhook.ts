import type { Webhook } from '../domain/webhook';
import { billingNow, type BillingDeps } from './billing-deps';
import type { WebhookInput } from './create-webhook';
import { loadWebhook } from './find-webhook';

/** Changes an endpoint's URL, event types or active flag; its secret and delivery log stay. */
export function updateWebhook(
	deps: Pick< BillingDeps, 'db' | 'webhooks' | 'clock' >,
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
		return loadWebhook( deps, id );
	} )();
}
