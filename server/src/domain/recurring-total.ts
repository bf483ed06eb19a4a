import { findProduct } from './find-product';
import { priceForPeriod } from './price-for-period';
import type { AddonQuantity, Period, Product } from './types';

/** What renews each period, in minor units: the plan at `period` plus each recurring add-on's price at `period` × quantity; a one-time plan renews nothing (RULES K8, R1; add-ons scaled per decision #4). */
export function recurringTotal(
	planId: number,
	period: Period,
	addons: AddonQuantity[],
	products: Product[]
): number {
	const plan = findProduct( products, planId );
	const planAmount = plan.recurring ? priceForPeriod( plan, period ) : 0;
	return addons.reduce( ( sum, addon ) => {
		const product = findProduct( products, addon.productId );
		return product.recurring
			? sum + priceForPeriod( product, period ) * addon.quantity
			: sum;
	}, planAmount );
}
