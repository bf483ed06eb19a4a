import crypto from 'node:crypto';
import os from 'node:os';
import type { BillingDeps } from '../services/billing-deps';
import {
	deliverDueWebhooks,
	type DispatchOptions,
} from '../services/deliver-webhooks';

/** How often the dispatcher looks for due deliveries, on real time. */
const EVERY_MS = 1000;

/**
 * Sends due webhook deliveries in rounds on real time (whatever the test clock says): a round
 * starts `everyMs` after the previous one ended, so rounds never overlap in one instance; several
 * instances share the work through the claim (one UPDATE with a lease). Deliveries are rows, so
 * a restart resumes them. Returns the function that stops it (it waits for the round in flight).
 */
export function startWebhookDispatcher(
	deps: Pick< BillingDeps, 'db' | 'events' | 'webhooks' >,
	log: ( message: string ) => void,
	options: Partial< DispatchOptions > & { everyMs?: number } = {}
): () => Promise< void > {
	const dispatch: DispatchOptions = {
		fetch: options.fetch ?? globalThis.fetch,
		now: options.now ?? Date.now,
		claimer:
			options.claimer ??
			`${ os.hostname() }:${ process.pid }:${ crypto.randomUUID() }`,
		timeoutMs: options.timeoutMs,
		leaseMs: options.leaseMs,
		batch: options.batch,
	};
	let stopped = false;
	let timer: NodeJS.Timeout | undefined;
	let inFlight: Promise< void > = Promise.resolve();
	const round = () => {
		inFlight = deliverDueWebhooks( deps, dispatch )
			.then( () => undefined )
			.catch( ( error ) =>
				log(
					`webhook dispatcher failed: ${ error instanceof Error ? error.stack : String( error ) }`
				)
			)
			.finally( () => {
				if ( ! stopped ) {
					timer = setTimeout( round, options.everyMs ?? EVERY_MS );
					timer.unref();
				}
			} );
	};
	timer = setTimeout( round, options.everyMs ?? EVERY_MS );
	timer.unref();
	return () => {
		stopped = true;
		clearTimeout( timer );
		return inFlight;
	};
}
