import type { Product } from '../../api/types';

/** A family of plans: a group name ("" for the plans without a group) and its plans in Product Order. */
export interface Lane {
	name: string;
	plans: Product[];
}

/**
 * The lanes of the catalogue's plans (RULES G1–G2): one per group, sorted by name, then the plans
 * without a group; plans in Product Order, then name.
 */
export function planLanes( catalogue: Product[] ): Lane[] {
	const plans = catalogue
		.filter( ( product ) => product.type === 'plan' )
		.sort(
			( a, b ) =>
				a.list_order - b.list_order || a.name.localeCompare( b.name )
		);
	const names = [ ...new Set( plans.map( ( plan ) => plan.group ) ) ]
		.filter( Boolean )
		.sort( ( a, b ) => a.localeCompare( b ) );
	const lanes = names.map( ( name ) => ( {
		name,
		plans: plans.filter( ( plan ) => plan.group === name ),
	} ) );
	const ungrouped = plans.filter( ( plan ) => ! plan.group );
	return [ ...lanes, { name: '', plans: ungrouped } ];
}

/** The plans a member of `plan` is offered besides it: the lane's other active plans (G1). */
export function movesFrom( lane: Lane, plan: Product ): Product[] {
	return lane.plans.filter(
		( other ) => other.id !== plan.id && other.active
	);
}

/** Days per period for comparing prices only (RULES K4). */
const NOMINAL_DAYS: Record< Product[ 'duration_unit' ], number > = {
	day: 1,
	week: 7,
	month: 30.4375,
	year: 365.25,
};

/**
 * Whether moving from `from` to `to` is an upgrade by RULES K4 at their base prices: the target
 * costs as much or more per day (a free plan costs 0). Display only; the server classifies each
 * member's change at their own period.
 */
export function isUpgrade( from: Product, to: Product ): boolean {
	const perDay = ( plan: Product ) =>
		plan.pricing_type === 'free'
			? 0
			: plan.amount /
				( plan.duration * NOMINAL_DAYS[ plan.duration_unit ] );
	return perDay( to ) >= perDay( from );
}
