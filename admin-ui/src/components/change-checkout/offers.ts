import type { Membership, Options, Product } from '../../api/types';
import { periodKey, priceAt, type Period } from '../plan-card';

export interface OfferedPlan {
	plan: Product;
	current: boolean;
}

/** The plans of `GET /options`, whether sent flat (`{...product, current}`) or wrapped (`{product, current}`). */
export function offeredPlans( options: Options ): OfferedPlan[] {
	return ( options.plans as unknown[] ).map( ( entry ) => {
		const item = entry as Product & {
			current?: boolean;
			product?: Product;
		};
		return item.product
			? { plan: item.product, current: !! item.current }
			: { plan: item, current: !! item.current };
	} );
}

/** The billing periods on offer, the membership's own first when the offer lacks it. */
export function offeredPeriods(
	options: Options,
	membership: Membership
): Period[] {
	const periods = ( options.periods ?? [] ).map( ( p ) => ( {
		duration: p.duration,
		duration_unit: p.duration_unit,
	} ) );
	const own = {
		duration: membership.duration,
		duration_unit: membership.duration_unit,
	};
	if ( periods.length === 0 ) {
		return [ own ];
	}
	return periods.some( ( p ) => periodKey( p ) === periodKey( own ) )
		? periods
		: [ own, ...periods ];
}

/** The plans that have a price at `period` (a "Contact us" plan always shows). */
export function plansAt(
	plans: OfferedPlan[],
	period: Period | null
): OfferedPlan[] {
	if ( ! period ) {
		return [];
	}
	return plans.filter(
		( { plan } ) =>
			plan.pricing_type === 'contact_us' ||
			priceAt( plan, period ) !== null
	);
}
