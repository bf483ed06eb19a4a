import { sameGroup } from '../domain/offer';
import type { Product } from '../domain/types';
import type { BillingDeps } from './billing-deps';

/** The plan groups and the plans of each. */
export function listPlanGroups(
	deps: Pick< BillingDeps, 'products' >
): { name: string; plans: Product[] }[] {
	const plans = deps.products.all().filter( ( p ) => p.type === 'plan' );
	return deps.products.groups().map( ( name ) => ( {
		name,
		plans: plans.filter( ( p ) => sameGroup( p.group, name ) ),
	} ) );
}
