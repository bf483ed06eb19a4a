import { __, sprintf } from '../i18n';
import { DomainError, invalidParams } from '../domain/errors';
import { overLimitError } from '../domain/find-over-limits';
import { quoteChange } from '../domain/quote-change';
import { resolveTarget, type PartialTarget } from '../domain/resolve-target';
import { walletBalance } from '../domain/wallet';
import type { Membership, Quote } from '../domain/types';
import { billingNow, type BillingDeps } from './billing-deps';
import { overLimitsOfChange } from './over-limits-of-change';

/** Statuses whose membership may be changed; others must be renewed or restarted first. */
const CHANGEABLE = [ 'active', 'trialing' ];

/**
 * Prices a change of a membership (RULES Q1, Q2), storing nothing: resolves the target
 * (K11), checks the offer (G4), classifies and prices it (K1–K11) with the wallet balance (W2),
 * refuses a change that applies now below current usage (L4; the network admin may quote it,
 * `allowOverLimitsNow`, listed in `overLimits`), lists what a scheduled change leaves over its
 * limits, and pins it to now and the membership's version.
 * `membership` is the caller's freshly loaded one (same request, nothing awaited since).
 */
export function priceMembershipChange(
	deps: BillingDeps,
	membership: Membership,
	partial: PartialTarget,
	options: { allowOverLimitsNow?: boolean } = {}
): Quote {
	if ( ! CHANGEABLE.includes( membership.status ) ) {
		throw new DomainError(
			'unprocessable',
			'wu_not_available',
			sprintf(
				/* translators: %s: membership status code, e.g. expired, on-hold */
				__(
					'This membership is %s; only an active or trialing membership can be changed.',
					'wu-plan-change'
				),
				membership.status
			),
			{ status_of_membership: membership.status }
		);
	}
	if ( membership.cancelAt !== null ) {
		throw new DomainError(
			'conflict',
			'wu_cancel_scheduled',
			__(
				'This membership is cancelled at the end of its period; undo the cancellation to change it.',
				'wu-plan-change'
			),
			{ cancel_at: membership.cancelAt }
		);
	}
	const products = deps.products.all();
	const params: Record< string, string > = {};
	if (
		partial.planId !== undefined &&
		! products.some( ( p ) => p.id === partial.planId )
	) {
		params.plan_id = sprintf(
			/* translators: %d: product id */ __(
				'No product with id %d.',
				'wu-plan-change'
			),
			partial.planId
		);
	}
	for ( const addon of partial.addons ?? [] ) {
		if ( ! products.some( ( p ) => p.id === addon.productId ) ) {
			params.addons = sprintf(
				/* translators: %d: product id */ __(
					'No product with id %d.',
					'wu-plan-change'
				),
				addon.productId
			);
		}
	}
	if ( Object.keys( params ).length > 0 ) {
		throw invalidParams( params );
	}
	const { target, removes } = resolveTarget( membership, partial, products );
	const balance = walletBalance(
		deps.wallet.entries( membership.customerId )
	);
	const quote = quoteChange( {
		membership,
		products,
		target,
		removes,
		now: billingNow( deps ),
		walletBalance: balance,
	} );
	// L4: a change that applies now is refused for limits it makes worse; what applies at the
	// period end is scheduled and carries what to remove by then.
	const over = overLimitsOfChange( deps, membership, quote );
	if ( over.now.length > 0 && ! options.allowOverLimitsNow ) {
		throw overLimitError( over.now );
	}
	return { ...quote, overLimits: [ ...over.now, ...over.atEnd ] };
}
