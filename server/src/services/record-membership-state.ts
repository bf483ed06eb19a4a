import { mrr } from '../domain/mrr';
import type { Membership, Product } from '../domain/types';
import type { BillingDeps } from './billing-deps';

/**
 * Records a membership's plan, status and MRR (RULES B1) from `at` on, for the reports' history;
 * called with every membership event (announce.ts), in the transaction of the change.
 */
export function recordMembershipState(
	deps: Pick< BillingDeps, 'reports' >,
	membership: Membership,
	catalogue: Product[],
	at: string
): void {
	deps.reports.recordState( membership.id, at, {
		planId: membership.planId,
		status: membership.status,
		mrr: mrr( membership, catalogue ),
	} );
}

/**
 * Gives every membership without a recorded state one, from its creation, in its state now
 * (billing decision 63): memberships stored before the reports kept history, or by hand.
 * Returns how many were recorded.
 */
export function backfillReportHistory(
	deps: Pick< BillingDeps, 'db' | 'reports' | 'memberships' | 'products' >
): number {
	return deps.db.transaction( () => {
		const missing = deps.reports.membershipsWithoutHistory();
		if ( missing.length === 0 ) {
			return 0;
		}
		const catalogue = deps.products.all();
		for ( const { id, createdAt } of missing ) {
			const membership = deps.memberships.find( id );
			if ( membership ) {
				recordMembershipState( deps, membership, catalogue, createdAt );
			}
		}
		return missing.length;
	} )();
}
