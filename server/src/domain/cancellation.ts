import { __ } from '../i18n';
import { DomainError, invalidParams } from './errors';
import { prorationCredit } from './proration-credit';
import type { Membership } from './types';

/** When a cancellation takes effect (API.md `POST /memberships/{id}/cancel`). */
export type CancelWhen = 'period_end' | 'now';

/** Where the unused part goes when the network admin cancels now (RULES X2). */
export type CancelRefund = 'none' | 'wallet' | 'card';

/** Statuses that may still be cancelled; the others have ended or never began. */
const RUNNING = [ 'active', 'trialing', 'on-hold' ];

/** Refuses a membership that has ended already (409 wu_membership_ended). */
export function assertRunning( membership: Membership ): void {
	if ( ! RUNNING.includes( membership.status ) ) {
		throw new DomainError(
			'conflict',
			'wu_membership_ended',
			__(
				'This membership has already ended; there is nothing to cancel.',
				'wu-plan-change'
			),
			{ status_of_membership: membership.status }
		);
	}
}

/**
 * RULES X1: the membership stays as it is until its period end, then ends; a scheduled change
 * is dropped (K8 never applies to an ending membership); version + 1 (open quotes go stale).
 * Null when a cancellation is already pending (asking twice changes nothing).
 */
export function scheduleCancellation(
	membership: Membership
): Membership | null {
	assertRunning( membership );
	if ( membership.cancelAt !== null ) {
		return null;
	}
	if ( membership.periodEnd === null ) {
		throw invalidParams( {
			when: __(
				'A lifetime membership has no period end; only the network admin can end it now.',
				'wu-plan-change'
			),
		} );
	}
	return {
		...membership,
		cancelAt: membership.periodEnd,
		scheduledChange: null,
		version: membership.version + 1,
	};
}

/** RULES X1: undoes a pending cancellation (404 wu_no_cancellation without one); version + 1. */
export function undoCancellation( membership: Membership ): Membership {
	if ( membership.cancelAt === null || membership.status === 'cancelled' ) {
		throw new DomainError(
			'not_found',
			'wu_no_cancellation',
			__(
				'This membership has no cancellation to undo.',
				'wu-plan-change'
			)
		);
	}
	return { ...membership, cancelAt: null, version: membership.version + 1 };
}

/** The membership ended at `at` by a cancellation (X1 at its period end, X2 now): nothing renews or is scheduled any more. */
export function endMembership(
	membership: Membership,
	at: string
): Membership {
	return {
		...membership,
		status: 'cancelled',
		cancelAt: null,
		cancelledAt: at,
		scheduledChange: null,
		version: membership.version + 1,
	};
}

/**
 * The unused part of what was paid for the current period at `now`, minor units: K7's proration
 * credit of the membership's items (0 while trialing, and 0 on hold: its paid period is over).
 */
export function unusedPart( membership: Membership, now: string ): number {
	if ( membership.status !== 'active' ) {
		return 0;
	}
	return prorationCredit( membership, membership.items, now );
}
