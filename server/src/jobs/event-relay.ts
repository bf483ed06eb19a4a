import { drainEvents, type EventConsumer } from '../services/consume-events';
import type { BillingDeps } from '../services/billing-deps';

/** How often the relay looks for new events, on real time (whatever the test clock says). */
const EVERY_MS = 500;

/**
 * Hands new events to each consumer (webhook fan-out, e-mails, …) every half second with real
 * time, one consumer after the other; a consumer that fails is logged and tried again on the
 * next round, and the others go on. Returns the function that stops it.
 */
export function startEventRelay(
	deps: Pick< BillingDeps, 'db' | 'events' >,
	consumers: readonly EventConsumer[],
	log: ( message: string ) => void,
	everyMs = EVERY_MS
): () => void {
	const round = () => {
		for ( const consumer of consumers ) {
			try {
				drainEvents( deps, consumer );
			} catch ( error ) {
				log(
					`event consumer ${ consumer.name } failed: ${ error instanceof Error ? error.stack : String( error ) }`
				);
			}
		}
	};
	const timer = setInterval( round, everyMs );
	timer.unref();
	return () => clearInterval( timer );
}
