import { __, sprintf } from '../i18n';
import {
	assertRunning,
	endMembership,
	scheduleCancellation,
	unusedPart,
	type CancelRefund,
	type CancelWhen,
} from '../domain/cancellation';
import { spreadOverCardPayments, type Refund } from '../domain/refund';
import type { Membership } from '../domain/types';
import { announceMembership, announceWalletEntry } from './announce';
import { billingNow, type BillingDeps } from './billing-deps';
import { loadMembership } from './load';
import { makeRefund } from './make-refund';

export interface CancelInput {
	membershipId: number;
	when: CancelWhen;
	/** `now` only (the route lets only the network admin choose it); `none` at the period end. */
	refund: CancelRefund;
	actorUserId: number;
}

/** What a cancellation now gave back (minor units): the unused part, to the card and to the wallet. */
export interface CancelSettlement {
	refund: CancelRefund;
	unusedAmount: number;
	toCard: number;
	toWallet: number;
	currency: string;
	refunds: Refund[];
}

function saveOrStale(
	deps: BillingDeps,
	next: Membership,
	before: Membership,
	now: string
): void {
	if ( ! deps.memberships.save( next, before.version, now ) ) {
		throw new Error(
			`Membership ${ before.id } changed while cancelling.`
		);
	}
}

/** What an event's `previous` says of the membership before a cancellation. */
function previousOf( m: Membership ): Record< string, unknown > {
	const change = m.scheduledChange;
	return {
		status: m.status,
		cancel_at: m.cancelAt,
		scheduled_change: change
			? { effective_at: change.effectiveAt, plan_id: change.planId }
			: null,
	};
}

/** The part of what a cancellation gives back; the `what` of the reasons. */
function unusedReason( membershipId: number ): string {
	return sprintf(
		/* translators: %d: membership number */
		__( 'Unused part of membership #%d, cancelled', 'wu-plan-change' ),
		membershipId
	);
}

/** Credits the wallet with `amount` for a cancellation (no payment: K7's credit), announced. */
function creditWallet(
	deps: BillingDeps,
	m: Membership,
	amount: number,
	actorUserId: number,
	now: string
): void {
	if ( amount <= 0 ) {
		return;
	}
	const entry = deps.wallet.add(
		{
			customerId: m.customerId,
			amount,
			currency: m.currency,
			reason: unusedReason( m.id ),
			paymentId: null,
			createdAt: now,
		},
		actorUserId
	);
	announceWalletEntry( deps, entry );
}

/** RULES X2: ends the membership now and gives back the unused part as chosen (decisions 58, 59). */
function cancelNow(
	deps: BillingDeps,
	m: Membership,
	input: CancelInput,
	now: string
): CancelSettlement {
	const unused = input.refund === 'none' ? 0 : unusedPart( m, now );
	saveOrStale( deps, endMembership( m, now ), m, now );
	deps.memberships.setRetryState( m.id, null );
	const ended = loadMembership( deps, m.id );
	announceMembership( deps, 'membership.cancelled', ended, previousOf( m ) );
	const settlement: CancelSettlement = {
		refund: input.refund,
		unusedAmount: unused,
		toCard: 0,
		toWallet: 0,
		currency: m.currency,
		refunds: [],
	};
	if ( input.refund === 'card' ) {
		const { shares, remainder } = spreadOverCardPayments(
			unused,
			deps.payments.completedOfMembership( m.id )
		);
		for ( const share of shares ) {
			const { refund } = makeRefund(
				deps,
				share.payment,
				share.amount,
				'card',
				{
					reason: unusedReason( m.id ),
					actorUserId: input.actorUserId,
					idempotencyKey: null,
					cancelledMembershipId: m.id,
					now,
				}
			);
			settlement.refunds.push( refund );
			settlement.toCard += share.amount;
		}
		settlement.toWallet = remainder;
	} else if ( input.refund === 'wallet' ) {
		settlement.toWallet = unused;
	}
	creditWallet( deps, m, settlement.toWallet, input.actorUserId, now );
	return settlement;
}

/**
 * Cancels a membership (RULES X1, X2) in one transaction, announcing it (B2). At the period end:
 * it stays as it is until then, its scheduled change dropped (an on-hold one, whose paid period
 * is over, ends at once); asking again changes nothing. Now: it ends at once, with the unused
 * part given back as `refund` says. Answers the membership after it and what was given back.
 */
export function cancelMembership(
	deps: BillingDeps,
	input: CancelInput
): { membership: Membership; settlement: CancelSettlement | null } {
	return deps.db.transaction( () => {
		const m = loadMembership( deps, input.membershipId );
		const now = billingNow( deps );
		assertRunning( m );
		if ( input.when === 'now' || m.status === 'on-hold' ) {
			const settlement = cancelNow( deps, m, input, now );
			return { membership: loadMembership( deps, m.id ), settlement };
		}
		const next = scheduleCancellation( m );
		if ( next ) {
			saveOrStale( deps, next, m, now );
			deps.memberships.setCancelRequest( m.id, {
				userId: input.actorUserId,
				at: now,
			} );
			announceMembership(
				deps,
				'membership.cancel_scheduled',
				loadMembership( deps, m.id ),
				previousOf( m )
			);
		}
		return { membership: loadMembership( deps, m.id ), settlement: null };
	} )();
}

/**
 * The period-end job's part of X1 (inside its transaction): a membership whose cancellation is
 * due ends at `at`, its period end, without a charge; announced `membership.cancelled`.
 */
export function endCancelledMembership(
	deps: BillingDeps,
	m: Membership,
	at: string
): void {
	saveOrStale( deps, endMembership( m, at ), m, at );
	deps.memberships.setRetryState( m.id, null );
	announceMembership(
		deps,
		'membership.cancelled',
		loadMembership( deps, m.id ),
		previousOf( m )
	);
}
