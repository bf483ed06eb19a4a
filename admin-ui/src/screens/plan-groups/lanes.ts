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
	const plans = catalogue.filter( ( product ) => product.type === 'plan' ).sort( ( a, b ) => a.list_order - b.list_order || a.name.localeCompare( b.name ) );
	const names = [ ...new Set( plans.map( ( plan ) => plan.group ) ) ].filter( Boolean ).sort( ( a, b ) => a.localeCompare( b ) );
	const lanes = names.map( ( name ) => ( { name, plans: plans.filter( ( plan ) => plan.group === name ) } ) );
	const ungrouped = plans.filter( ( plan ) => ! plan.group );
	return [ ...lanes, { name: '', plans: ungrouped } ];
}

/** The plans a member of `plan` is offered besides it: the lane's other active plans (G1). */
export function movesFrom( lane: Lane, plan: Product ): Product[] {
	return lane.plans.filter( ( other ) => other.id !== plan.id && other.active );
}
