import type { EventType } from '../domain/event';
import { changeMode } from '../domain/change-mode';
import type { Membership, Quote } from '../domain/types';
import type { Payment } from '../domain/payment';
import type { BillingDeps } from './billing-deps';
import { announceMembership, announcePayment } from './announce';

/*
 * The order of one change's events (docs/events.md, decision 52): the payment first, then the
 * wallet entries it moved, then the membership's event(s). A consumer that reads in id order
 * thus sees the money before what it bought.
 */

/**
 * The membership event of a paid quote applied to `before`: scheduled at the period end
 * (K8), add-ons only (K6), or a plan change applied now (K7, K9; a trial's change too).
 */
export function changeEventType( before: Membership, quote: Quote ): EventType {
	switch ( changeMode( before, quote.type ) ) {
		case 'scheduled':
			return 'membership.downgrade_scheduled';
		case 'addon':
			return 'membership.addons_changed';
		default:
			return quote.type === 'downgrade'
				? 'membership.downgraded'
				: 'membership.upgraded';
	}
}

/** `payment.completed`, `payment.failed` or `payment.pending` by the payment's status (a refund has its own event). */
export function announcePaymentState(
	deps: BillingDeps,
	payment: Payment
): void {
	const type: Record< Payment[ 'status' ], EventType | null > = {
		completed: 'payment.completed',
		failed: 'payment.failed',
		pending: 'payment.pending',
		refunded: null,
	};
	const event = type[ payment.status ];
	if ( event ) {
		announcePayment( deps, event, payment );
	}
}

/** Announces the membership as it is stored now (after the change) with each of `types`, in order. */
export function announceMembershipNow(
	deps: BillingDeps,
	membershipId: number,
	...types: EventType[]
): void {
	const membership = deps.memberships.find( membershipId );
	if ( membership ) {
		for ( const type of types ) {
			announceMembership( deps, type, membership );
		}
	}
}
