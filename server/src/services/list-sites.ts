import type { SiteQuery, SiteRepository } from '../db/site-repository';
import type { BillingDeps } from './billing-deps';

/** One page of sites. */
export function listSites(
	deps: Pick< BillingDeps, 'sites' >,
	query: SiteQuery
): ReturnType< SiteRepository[ 'list' ] > {
	return deps.sites.list( query );
}
