import type { EventQuery } from '../db/event-repository';
import type { DomainEvent } from '../domain/event';
import type { BillingDeps } from './billing-deps';

/** A page of the outbox (RULES B2), newest first unless asked otherwise. */
export function listEvents(
	deps: Pick< BillingDeps, 'events' >,
	query: EventQuery
): { items: DomainEvent[]; total: number } {
	return deps.events.list( query );
}
