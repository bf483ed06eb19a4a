import { __ } from '../i18n';
import { DomainError } from '../domain/errors';
import type { Webhook } from '../domain/webhook';
import type { BillingDeps } from './billing-deps';

/** The endpoint with this id, or rest_not_found. */
export function loadWebhook(
	deps: Pick< BillingDeps, 'webhooks' >,
	id: number
): Webhook {
	const webhook = deps.webhooks.find( id );
	if ( ! webhook ) {
		throw new DomainError(
			'not_found',
			'rest_not_found',
			__( 'No webhook was found with that id.', 'wu-plan-change' )
		);
	}
	return webhook;
}
