import { __ } from '../i18n';
import { DomainError } from '../domain/errors';
import type { PartialTarget } from '../domain/resolve-target';
import type { Membership, Quote } from '../domain/types';
import type { BillingDeps } from './billing-deps';
import { priceMembershipChange } from './price-membership-change';

/** Who asks for a quote: a user id, and whether it is the network admin's. */
export interface QuoteAsker {
	userId: number;
	networkAdmin: boolean;
}

/** A quote request as the HTTP layer has checked it: plain values, any thread may price it. */
export interface QuoteAsk {
	membershipId: number;
	/** The change asked for (plan, period, add-ons), every part optional (API.md "Target"). */
	target: PartialTarget;
	asker: QuoteAsker;
}

/** The membership if the asker may see it (the admin, or its own customer), else rest_not_found as if it did not exist. */
function membershipFor( deps: BillingDeps, ask: QuoteAsk ): Membership {
	const membership = deps.memberships.find( ask.membershipId );
	if (
		! membership ||
		( ! ask.asker.networkAdmin &&
			deps.customers.findByUserId( ask.asker.userId )?.id !==
				membership.customerId )
	) {
		// The same answer for another customer's membership as for none: existence never leaks (docs/rest-api.md).
		throw new DomainError(
			'not_found',
			'rest_not_found',
			__( 'No membership was found with that id.', 'wu-plan-change' )
		);
	}
	return membership;
}

/**
 * Prices `POST /memberships/{id}/quote` without holding it (decision 37): the asker may see
 * the membership (else 404), and the change is priced (RULES Q1, Q2). The request thread and
 * a quote worker both call this (decision 38), inside one read snapshot.
 */
export function priceQuote( deps: BillingDeps, ask: QuoteAsk ): Quote {
	const membership = membershipFor( deps, ask );
	// L4: the network admin may quote a change that applies now over the limits; its checkout needs allow_over_limits.
	return priceMembershipChange( deps, membership, ask.target, {
		allowOverLimitsNow: ask.asker.networkAdmin,
	} );
}
