import type { DomainEvent } from '../domain/event';
import type { BillingDeps } from './billing-deps';

/**
 * A consumer of the outbox: a name (its cursor) and what it does with each event, inside the
 * transaction that advances its cursor. What it writes (deliveries to send, e-mails to send)
 * is committed with the cursor, so each event is handled exactly once per consumer and a crash
 * loses nothing. Slow I/O (HTTP, SMTP) does not belong here: write a row, send it afterwards.
 */
export interface EventConsumer {
	name: string;
	handle: ( event: DomainEvent ) => void;
}

/**
 * Hands the next events after the consumer's cursor (at most `limit`) to it in id order, and
 * advances the cursor, in one transaction; answers how many it handled (0: caught up). A handler
 * that throws rolls the whole batch back, to be tried again on the next round.
 */
export function consumeEvents(
	deps: Pick< BillingDeps, 'db' | 'events' >,
	consumer: EventConsumer,
	limit = 200
): number {
	return deps.db.transaction( () => {
		const events = deps.events.after(
			deps.events.cursor( consumer.name ),
			limit
		);
		for ( const event of events ) {
			consumer.handle( event );
		}
		if ( events.length > 0 ) {
			deps.events.advanceCursor(
				consumer.name,
				events[ events.length - 1 ].id
			);
		}
		return events.length;
	} )();
}

/** Runs `consumeEvents` until the consumer has caught up; answers how many events it handled. */
export function drainEvents(
	deps: Pick< BillingDeps, 'db' | 'events' >,
	consumer: EventConsumer
): number {
	let total = 0;
	for (;;) {
		const handled = consumeEvents( deps, consumer );
		total += handled;
		if ( handled === 0 ) {
			return total;
		}
	}
}
