import type { AuditEntry, AuditObjectType } from '../domain/audit';
import type { DomainEvent } from '../domain/event';
import { currentActor } from './acting-user';
import { billingNow, type BillingDeps } from './billing-deps';

type AuditDeps = Pick< BillingDeps, 'audit' | 'clock' | 'events' >;

/** A change as the caller describes it; who and when come from the work in progress. */
export interface AuditedChange {
	action: string;
	objectType: AuditObjectType;
	objectId: number;
	before: Record< string, unknown > | null;
	after: Record< string, unknown > | null;
}

/** Records a change in the audit log, by the acting user (null: the system), at the billing clock's now. */
export function recordAudit( deps: AuditDeps, change: AuditedChange ): void {
	deps.audit.append( {
		...change,
		at: billingNow( deps ),
		actor: currentActor(),
		eventId: null,
	} );
}

/** Where an event's change shows in the audit log: a wallet entry is its customer's change. */
function auditedObject( event: DomainEvent ): {
	objectType: AuditObjectType;
	objectId: number;
} {
	return event.objectType === 'wallet_entry'
		? { objectType: 'customer', objectId: event.customerId ?? 0 }
		: { objectType: event.objectType, objectId: event.objectId };
}

/**
 * The audit entry of an announced change: who, when and which event. It keeps no copy of the
 * objects: `describeAudit` reads them from the outbox (the event's, and the previous event's
 * about the same object), so a renewal or a checkout writes its object once.
 */
export function auditEvent( deps: AuditDeps, event: DomainEvent ): void {
	deps.audit.append( {
		action: event.type,
		...auditedObject( event ),
		before: null,
		after: null,
		at: event.createdAt,
		actor: currentActor(),
		eventId: event.id,
	} );
}

/**
 * An entry with its objects: for an event, after is the event's object (null once deleted) and
 * before the object of the previous event about it (null when it is new); a wallet entry shows
 * its customer's balance before and after, with the entry.
 */
export function describeAudit(
	deps: Pick< BillingDeps, 'events' >,
	entry: AuditEntry
): AuditEntry {
	const event =
		entry.eventId === null ? null : deps.events.find( entry.eventId );
	if ( ! event ) {
		return entry;
	}
	const after = event.data.object;
	if ( event.objectType === 'wallet_entry' ) {
		const balanceAfter = Number( after.balance_after );
		return {
			...entry,
			before: { wallet_balance: balanceAfter - Number( after.amount ) },
			after: { wallet_balance: balanceAfter, wallet_entry: after },
		};
	}
	return {
		...entry,
		before: deps.events.previousObject(
			event.objectType,
			event.objectId,
			event.id
		),
		after: event.type.endsWith( '.deleted' ) ? null : after,
	};
}
