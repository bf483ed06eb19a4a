import type { AuditObjectType } from '../domain/audit';
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
	} );
}

/**
 * The audit entry of an announced change: the object after it, and before it the object of the
 * previous event about the same object (null when it is new). A wallet entry is its customer's
 * change: their balance before and after, with the entry.
 */
export function auditEvent( deps: AuditDeps, event: DomainEvent ): void {
	const after = event.data.object;
	if ( event.objectType === 'wallet_entry' ) {
		const balanceAfter = Number( after.balance_after );
		const amount = Number( after.amount );
		recordAudit( deps, {
			action: event.type,
			objectType: 'customer',
			objectId: event.customerId ?? 0,
			before: { wallet_balance: balanceAfter - amount },
			after: { wallet_balance: balanceAfter, wallet_entry: after },
		} );
		return;
	}
	recordAudit( deps, {
		action: event.type,
		objectType: event.objectType,
		objectId: event.objectId,
		before: deps.events.previousObject(
			event.objectType,
			event.objectId,
			event.id
		),
		after: event.type.endsWith( '.deleted' ) ? null : after,
	} );
}
