import { samePeriod } from './period';
import type { Period, Product } from './types';

/** A product's price in minor units at a period (base or price variation); free → 0; one-time → its amount at any period; null when not sold at that period or contact_us (RULES C2, G5). */
export function priceAt( product: Product, period: Period ): number | null {
	if ( product.pricingType === 'free' ) {
		return 0;
	}
	if ( product.pricingType === 'contact_us' ) {
		return null;
	}
	if ( ! product.recurring || samePeriod( product, period ) ) {
		return product.amount;
	}
	const variation = product.priceVariations.find( ( candidate ) =>
		samePeriod( candidate, period )
	);
	return variation ? variation.amount : null;
}
