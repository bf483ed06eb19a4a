import type { Site } from '../domain/site';
import type { BillingDeps } from './billing-deps';

/** The site with this id and the customer whose membership holds it, or null. */
export function findSite(
	deps: Pick< BillingDeps, 'sites' | 'memberships' >,
	id: number
): { site: Site; customerId: number } | null {
	const site = deps.sites.find( id );
	const membership = site ? deps.memberships.find( site.membershipId ) : null;
	return site && membership
		? { site, customerId: membership.customerId }
		: null;
}
