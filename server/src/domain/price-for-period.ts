import { divideRounded } from './money';
import { nominalSixteenths } from './period';
import { priceAt } from './price-at';
import type { Period, Product } from './types';

/**
 * A unit price in minor units for a period: the product's own price there, else its base
 * amount scaled by nominal days (a 5.00/month add-on costs 60.00 on a yearly plan).
 * NOTE: docs/billing-decisions.md #4; pinned by "prices a monthly add-on on a yearly plan" in rules-table.
 */
export function priceForPeriod( product: Product, period: Period ): number {
	const price = priceAt( product, period );
	if ( price !== null ) {
		return price;
	}
	if ( product.pricingType === 'contact_us' ) {
		return 0;
	}
	return divideRounded(
		product.amount * nominalSixteenths( period ),
		nominalSixteenths( product )
	);
}
