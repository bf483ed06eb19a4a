import type { DomainEvent, EventType } from '../domain/event';
import type { Payment } from '../domain/payment';
import type { Membership, Product } from '../domain/types';
import type { WalletEntry } from '../domain/wallet-entry';
import { walletBalance } from '../domain/wallet';
import {
	membershipResource,
	paymentResource,
	productResource,
	walletEntryResource,
} from '../wire/resources';
import { auditEvent } from './audit';
import { billingNow, type BillingDeps } from './billing-deps';
import { describeMembership } from './describe-membership';
import { recordMembershipState } from './record-membership-state';

/*
 * RULES B2: a service announces each change from inside the transaction that makes it, so an
 * event exists exactly when its change does (a rollback takes the event with it). The event
 * carries the object after the change in its wire form (API.md), as GET /events and webhooks
 * deliver it.
 */

type AnnounceDeps = Pick<
	BillingDeps,
	| 'events'
	| 'audit'
	| 'clock'
	| 'memberships'
	| 'products'
	| 'wallet'
	| 'reports'
>;

/** Appends the event and its audit entry (who, before and after), in the caller's transaction. */
function announce(
	deps: AnnounceDeps,
	event: Parameters< AnnounceDeps[ 'events' ][ 'append' ] >[ 0 ]
): DomainEvent {
	const appended = deps.events.append( event );
	auditEvent( deps, appended );
	return appended;
}

export function announceMembership(
	deps: AnnounceDeps,
	type: EventType,
	membership: Membership,
	previous?: Record< string, unknown >
): DomainEvent {
	const { catalogue, retry, error } = describeMembership( deps, membership );
	const at = billingNow( deps );
	// RULES B1 over time: the reports' history moves with the membership's events.
	recordMembershipState( deps, membership, catalogue, at );
	return announce( deps, {
		type,
		createdAt: at,
		objectType: 'membership',
		object: membershipResource( membership, catalogue, retry, error ),
		customerId: membership.customerId,
		previous,
	} );
}

export function announcePayment(
	deps: AnnounceDeps,
	type: EventType,
	payment: Payment
): DomainEvent {
	return announce( deps, {
		type,
		createdAt: billingNow( deps ),
		objectType: 'payment',
		object: paymentResource( payment ),
		customerId: payment.customerId,
	} );
}

/** `wallet.credited` or `wallet.debited` by the entry's sign, with the balance after it (and the admin of an entry made by hand, RULES X4). */
export function announceWalletEntry(
	deps: AnnounceDeps,
	entry: WalletEntry,
	actor: { id: number; name: string } | null = null
): DomainEvent {
	return announce( deps, {
		type: entry.amount >= 0 ? 'wallet.credited' : 'wallet.debited',
		createdAt: billingNow( deps ),
		objectType: 'wallet_entry',
		object: {
			...walletEntryResource( {
				...entry,
				balanceAfter: walletBalance(
					deps.wallet.entries( entry.customerId )
				),
				actor,
			} ),
			customer_id: entry.customerId,
		},
		customerId: entry.customerId,
	} );
}

export function announceProduct(
	deps: AnnounceDeps,
	type: EventType,
	product: Product
): DomainEvent {
	return announce( deps, {
		type,
		createdAt: billingNow( deps ),
		objectType: 'product',
		object: productResource( product ),
		customerId: null,
	} );
}
