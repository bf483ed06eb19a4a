import { buildOffer, type Offer } from '../domain/offer';
import type { Period } from '../domain/types';
import type { BillingDeps } from './billing-deps';
import { loadMembership } from './load';

/** What a membership may choose (RULES G1–G3, G5); `planId` picks whose Offer Add-ons to list. */
export function getOptions(
	deps: BillingDeps,
	membershipId: number,
	period?: Period,
	planId?: number
): Offer {
	const membership = loadMembership( deps, membershipId );
	const products = deps.products.all();
	const plan =
		planId !== undefined
			? products.find( ( p ) => p.id === planId && p.type === 'plan' )
			: undefined;
	return buildOffer( membership, products, period, plan?.id );
}
