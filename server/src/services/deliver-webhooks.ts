import { __, sprintf } from '../i18n';
import {
	deliveryInstant,
	isDeliverySuccess,
	nextDeliveryAt,
	type WebhookDelivery,
} from '../domain/webhook';
import { eventResource } from '../wire/event-resource';
import type { BillingDeps } from './billing-deps';
import { signWebhook } from './sign-webhook';

/** How the dispatcher sends: the HTTP client, real time and who it is among the instances. */
export interface DispatchOptions {
	fetch: typeof fetch;
	/** Real time in epoch milliseconds (never the test clock). */
	now: () => number;
	/** This instance's name: a claim is held by it until its lease ends. */
	claimer: string;
	/** An answer must come within this long (API.md: 10 s). */
	timeoutMs?: number;
	/** How long a claim is held; longer than the timeout, so that a live sender keeps it. */
	leaseMs?: number;
	/** At most this many deliveries per round (one per endpoint at a time). */
	batch?: number;
}

type WebhookDeps = Pick< BillingDeps, 'db' | 'events' | 'webhooks' >;

interface Answer {
	responseCode: number | null;
	error: string | null;
}

async function post(
	url: string,
	headers: Record< string, string >,
	body: string,
	options: DispatchOptions
): Promise< Answer > {
	const timeoutMs = options.timeoutMs ?? 10_000;
	try {
		const response = await options.fetch( url, {
			method: 'POST',
			headers,
			body,
			redirect: 'manual',
			signal: AbortSignal.timeout( timeoutMs ),
		} );
		// Read (and drop) the body so that the connection is released.
		await response.arrayBuffer().catch( () => undefined );
		return { responseCode: response.status, error: null };
	} catch ( error ) {
		const name = ( error as { name?: unknown } | null )?.name;
		const timedOut = name === 'TimeoutError' || name === 'AbortError';
		return {
			responseCode: null,
			error: timedOut
				? sprintf(
						/* translators: %s: seconds, e.g. 10 */ __(
							'No answer within %s seconds.',
							'wu-plan-change'
						),
						String( timeoutMs / 1000 )
					)
				: sprintf(
						/* translators: %s: the network error, e.g. connect ECONNREFUSED 127.0.0.1:9 */ __(
							'The endpoint could not be reached (%s).',
							'wu-plan-change'
						),
						error instanceof Error
							? String( error.cause ?? error.message )
							: String( error )
					),
		};
	}
}

/** Sends one claimed attempt, records its answer and, on failure, queues the next retry (if any). */
async function deliverOne(
	deps: WebhookDeps,
	delivery: WebhookDelivery,
	options: DispatchOptions
): Promise< void > {
	const webhook = deps.webhooks.find( delivery.webhookId );
	const event = deps.events.find( delivery.eventId );
	if ( ! webhook || ! event ) {
		deps.webhooks.finish( delivery.id, options.claimer, {
			status: 'failed',
			responseCode: null,
			error: null,
			at: deliveryInstant( options.now() ),
		} );
		return;
	}
	const body = JSON.stringify( eventResource( event ) );
	const unixSeconds = Math.floor( options.now() / 1000 );
	const answer = await post(
		webhook.url,
		{
			'Content-Type': 'application/json',
			'User-Agent': 'WU-Webhooks/1.0',
			'X-WU-Event': event.type,
			'X-WU-Delivery': String( delivery.id ),
			'X-WU-Signature': signWebhook( webhook.secret, unixSeconds, body ),
		},
		body,
		options
	);
	const doneMs = options.now();
	const succeeded = isDeliverySuccess( answer.responseCode );
	deps.db.transaction( () => {
		const recorded = deps.webhooks.finish( delivery.id, options.claimer, {
			status: succeeded ? 'succeeded' : 'failed',
			...answer,
			at: deliveryInstant( doneMs ),
		} );
		const retryAt = nextDeliveryAt( delivery.retry, doneMs );
		if ( recorded && ! succeeded && retryAt !== null ) {
			deps.webhooks.addDelivery( {
				webhookId: delivery.webhookId,
				eventId: delivery.eventId,
				attempt: delivery.attempt + 1,
				retry: delivery.retry + 1,
				nextAttemptAt: retryAt,
				at: deliveryInstant( doneMs ),
			} );
		}
	} )();
}

/**
 * One round of the dispatcher: claims the due head of each active endpoint's queue (event order
 * per endpoint: a later event waits until the earlier one succeeded or was given up), sends them
 * side by side, signed, and records each answer; answers how many were sent. Retries follow
 * WEBHOOK_RETRY_DELAYS_MS on real time.
 */
export async function deliverDueWebhooks(
	deps: WebhookDeps,
	options: DispatchOptions
): Promise< number > {
	const nowMs = options.now();
	const now = deliveryInstant( nowMs );
	const leaseUntil = deliveryInstant( nowMs + ( options.leaseMs ?? 60_000 ) );
	const claimed: WebhookDelivery[] = [];
	for ( let i = 0; i < ( options.batch ?? 50 ); i++ ) {
		const next = deps.webhooks.claimNext(
			now,
			leaseUntil,
			options.claimer
		);
		if ( ! next ) {
			break;
		}
		claimed.push( next );
	}
	await Promise.all(
		claimed.map( ( delivery ) => deliverOne( deps, delivery, options ) )
	);
	return claimed.length;
}
