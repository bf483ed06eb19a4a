import type { Webhook } from '../domain/webhook';
import type { BillingDeps } from './billing-deps';
import { loadWebhook } from './find-webhook';

/** Removes an endpoint and its delivery log; nothing more is sent to it. Answers it as it was. */
export function deleteWebhook(
	deps: Pick< BillingDeps, 'db' | 'webhooks' >,
	id: number
): Webhook {
	return deps.db.transaction( () => {
		const webhook = loadWebhook( deps, id );
		deps.webhooks.delete( id );
		return webhook;
	} )();
}
