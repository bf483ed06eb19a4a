import type { MembershipStatus } from '../domain/types';
import type { BillingDeps } from './billing-deps';

/** Memberships of one plan at an instant: how many are active and on hold, and their MRR (minor units). */
export interface PlanFigures {
	planId: number;
	name: string;
	active: number;
	onHold: number;
	mrr: number;
}

/** The network at an instant (API.md "Reports"): MRR (RULES B1) and memberships by status and plan. */
export interface ReportSummary {
	at: string;
	mrr: number;
	currency: string;
	counts: Record< MembershipStatus, number >;
	plans: PlanFigures[];
}

/** The summary at `at`, from the recorded history (changes at `at` included). */
export function reportSummary(
	deps: Pick< BillingDeps, 'reports' | 'products' | 'settings' >,
	at: string
): ReportSummary {
	const counts: Record< MembershipStatus, number > = {
		pending: 0,
		trialing: 0,
		active: 0,
		'on-hold': 0,
		expired: 0,
		cancelled: 0,
	};
	const byPlan = new Map< number, PlanFigures >();
	let mrr = 0;
	for ( const row of deps.reports.statesAt( at ) ) {
		counts[ row.status ] += row.count;
		mrr += row.mrr;
		if ( row.status !== 'active' && row.status !== 'on-hold' ) {
			continue;
		}
		const plan = byPlan.get( row.planId ) ?? {
			planId: row.planId,
			name: deps.products.find( row.planId )?.name ?? `#${ row.planId }`,
			active: 0,
			onHold: 0,
			mrr: 0,
		};
		plan[ row.status === 'active' ? 'active' : 'onHold' ] += row.count;
		plan.mrr += row.mrr;
		byPlan.set( row.planId, plan );
	}
	const plans = [ ...byPlan.values() ]
		.filter( ( p ) => p.active + p.onHold > 0 )
		.sort( ( a, b ) => b.mrr - a.mrr || a.planId - b.planId );
	return {
		at,
		mrr,
		currency: deps.settings.currency(),
		counts,
		plans,
	};
}
