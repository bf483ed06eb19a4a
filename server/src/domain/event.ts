/**
 * RULES B2: every change of a membership, payment, wallet or product is an event with a stable
 * type, an increasing id, its instant (the billing clock's) and the object after the change,
 * written in the same transaction as the change (the outbox).
 */
export const EVENT_TYPES = [
	'membership.created',
	'membership.updated',
	'membership.upgraded',
	'membership.downgraded',
	'membership.downgrade_scheduled',
	'membership.scheduled_change_cancelled',
	'membership.addons_changed',
	'membership.renewed',
	'membership.renewal_failed',
	'membership.cancel_scheduled',
	'membership.cancel_undone',
	'membership.cancelled',
	'membership.expired',
	'payment.pending',
	'payment.completed',
	'payment.failed',
	'payment.refunded',
	'wallet.credited',
	'wallet.debited',
	'product.created',
	'product.updated',
	'product.deleted',
] as const;

export type EventType = ( typeof EVENT_TYPES )[ number ];

/** The kind of object an event carries (its `data.object`). */
export type EventObjectType =
	'membership' | 'payment' | 'wallet_entry' | 'product';

/** The wire form of the object after the change (API.md resources), as stored. */
export type EventObject = { id: number } & Record< string, unknown >;

export interface DomainEvent {
	id: number;
	type: EventType;
	/** The billing clock's instant of the change. */
	createdAt: string;
	objectType: EventObjectType;
	objectId: number;
	/** The customer the change concerns (their e-mails and filters); null for catalogue events. */
	customerId: number | null;
	data: { object: EventObject; previous?: Record< string, unknown > };
}

export function isEventType( value: string ): value is EventType {
	return ( EVENT_TYPES as readonly string[] ).includes( value );
}
