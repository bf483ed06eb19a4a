import { findProduct, sortByOrder } from './find-product';
import { nominalSixteenths, samePeriod } from './period';
import { priceAt } from './price-at';
import type { Membership, Period, PriceVariation, Product } from './types';

export { priceAt } from './price-at';

/** One plan of the offer with the periods it is sold at (amounts in minor units). */
export interface OfferedPlan {
	product: Product;
	current: boolean;
	/** False for contact_us plans: shown, not purchasable online (RULES C1). */
	purchasable: boolean;
	periods: PriceVariation[];
}

export interface Offer {
	plans: OfferedPlan[];
	/** Offer Add-ons of the plan being chosen, active, in Product Order (RULES G3). */
	addons: Product[];
	/** Distinct periods offered, shortest first. */
	periods: Period[];
	/** True when any offered plan has price variations (RULES G5). */
	showPeriodSelector: boolean;
}

/** A plan group's name compared without regard to case and spaces: "High End", "high  end" and "HighEnd" are one family (RULES G1, billing decision "Plan Group spelling"). */
export function groupKey( name: string ): string {
	return name.normalize( 'NFKC' ).toLowerCase().replace( /\s+/g, '' );
}

/** True when two plan group names name the same family ('' = no group). */
export function sameGroup( a: string, b: string ): boolean {
	return groupKey( a ) === groupKey( b );
}

function paidPeriods( product: Product ): PriceVariation[] {
	const base: PriceVariation = {
		duration: product.duration,
		durationUnit: product.durationUnit,
		amount: product.amount,
	};
	return [ base, ...product.priceVariations ];
}

function distinctPeriods( periods: Period[] ): Period[] {
	const distinct: Period[] = [];
	for ( const period of periods ) {
		if ( ! distinct.some( ( seen ) => samePeriod( seen, period ) ) ) {
			distinct.push( {
				duration: period.duration,
				durationUnit: period.durationUnit,
			} );
		}
	}
	return distinct.sort(
		( a, b ) => nominalSixteenths( a ) - nominalSixteenths( b )
	);
}

/** Plans a membership may choose: active plans of its current plan's group ('' = no group), current plan always included (RULES G1, G2, C5). */
export function offeredPlans(
	membership: Membership,
	products: Product[]
): Product[] {
	const current = findProduct( products, membership.planId );
	return sortByOrder(
		products.filter(
			( product ) =>
				product.id === current.id ||
				( product.type === 'plan' &&
					product.active &&
					sameGroup( product.group, current.group ) &&
					product.currency === membership.currency )
		)
	);
}

/** Active add-ons in the plan's Offer Add-ons, same currency, in Product Order (RULES G3). */
export function offeredAddons(
	plan: Product,
	products: Product[],
	currency: string
): Product[] {
	return sortByOrder(
		products.filter(
			( product ) =>
				plan.availableAddons.includes( product.id ) &&
				product.type !== 'plan' &&
				product.active &&
				product.currency === currency
		)
	);
}

/**
 * The periods a free plan of the offer is offered at (RULES G5): those of the offer's paid plans,
 * or the plan's own when none is paid, and always the membership's current period on its current plan.
 */
export function freePlanPeriods(
	membership: Membership,
	products: Product[],
	plan: Product
): Period[] {
	const paid = offeredPlans( membership, products ).filter(
		( offered ) => offered.pricingType === 'paid'
	);
	const periods = distinctPeriods( paid.flatMap( paidPeriods ) );
	const own = periods.length > 0 ? periods : [ plan ];
	return plan.id === membership.planId
		? distinctPeriods( [ ...own, membership ] )
		: distinctPeriods( own );
}

/** What a membership may choose (RULES G1–G3, G5): plans with their periods and amounts in minor units, add-ons of `planId` (default the current plan), offered periods; with `period`, only plans sold at it. */
export function buildOffer(
	membership: Membership,
	products: Product[],
	period?: Period,
	planId?: number
): Offer {
	const plans = offeredPlans( membership, products );
	const paid = plans.filter( ( plan ) => plan.pricingType === 'paid' );
	const periods = distinctPeriods( paid.flatMap( paidPeriods ) );
	const freePeriods = ( plan: Product ): PriceVariation[] =>
		( periods.length > 0 ? periods : [ plan ] ).map( ( p ) => ( {
			duration: p.duration,
			durationUnit: p.durationUnit,
			amount: 0,
		} ) );
	const offered = plans
		.map( ( product ): OfferedPlan => ( {
			product,
			current: product.id === membership.planId,
			purchasable: product.pricingType !== 'contact_us',
			periods: periodsOf( product, freePeriods ),
		} ) )
		.filter(
			( plan ) =>
				! period ||
				! plan.purchasable ||
				priceAt( plan.product, period ) !== null
		);
	return {
		plans: offered,
		addons: offeredAddons(
			findProduct( products, planId ?? membership.planId ),
			products,
			membership.currency
		),
		periods:
			periods.length > 0
				? periods
				: [
						{
							duration: membership.duration,
							durationUnit: membership.durationUnit,
						},
					],
		showPeriodSelector: paid.some(
			( plan ) => plan.recurring && plan.priceVariations.length > 0
		),
	};
}

/** The periods a plan may be bought at: a free plan's group periods (G5), a paid plan's prices, none for "contact us". */
function periodsOf(
	product: Product,
	freePeriods: ( plan: Product ) => PriceVariation[]
): PriceVariation[] {
	if ( product.pricingType === 'free' ) {
		return freePeriods( product );
	}
	return product.pricingType === 'paid' ? paidPeriods( product ) : [];
}
