/** Who made a change: a user, or null for the system (the period-end job, the outbox's consumers). */
export type AuditActor = { id: number; username: string } | null;

/** What the audit log records about: wallet entries count as their customer's (API.md `GET /audit`). */
export const AUDIT_OBJECT_TYPES = [
	'product',
	'membership',
	'customer',
	'payment',
	'webhook',
	'settings',
] as const;

export type AuditObjectType = ( typeof AUDIT_OBJECT_TYPES )[ number ];

/** A change as the audit log keeps it: the object before (null: created) and after (null: deleted). */
export interface AuditEntry {
	id: number;
	at: string;
	actor: AuditActor;
	/** What happened, named as events are (`membership.upgraded`, `customer.updated`, …). */
	action: string;
	objectType: AuditObjectType;
	objectId: number;
	before: Record< string, unknown > | null;
	after: Record< string, unknown > | null;
	/** The event this change is (before and after are read from the outbox), or null. */
	eventId: number | null;
}
