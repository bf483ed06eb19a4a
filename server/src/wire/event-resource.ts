import type { DomainEvent } from '../domain/event';

/** An event on the wire (API.md "Events, webhooks and e-mails"): GET /events lists it, webhooks deliver it. */
export function eventResource( event: DomainEvent ) {
	return {
		id: event.id,
		type: event.type,
		created_at: event.createdAt,
		data: event.data,
	};
}
