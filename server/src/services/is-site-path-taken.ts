import type { BillingDeps } from './billing-deps';

/** Whether another site already has this path. */
export function isSitePathTaken(
	deps: Pick< BillingDeps, 'sites' >,
	path: string
): boolean {
	return deps.sites.pathTaken( path );
}
