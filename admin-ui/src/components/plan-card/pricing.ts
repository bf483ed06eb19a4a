import { __, sprintf } from '@wordpress/i18n';
import type { AddonQuantity, DurationUnit, Product } from '../../api/types';
import { formatMoney, formatPer } from '../../format';

/** A billing period. */
export interface Period {
	duration: number;
	duration_unit: DurationUnit;
}

/** `"1-month"`, a key for a period. */
export const periodKey = ( period: Period ): string =>
	`${ period.duration }-${ period.duration_unit }`;

/** The amount of a product at a period in minor units: its base price or a variation; 0 for a free plan; null when not sold at it. */
export function priceAt( product: Product, period: Period ): number | null {
	if ( product.pricing_type === 'free' ) {
		return 0;
	}
	if ( product.pricing_type !== 'paid' ) {
		return null;
	}
	if (
		product.duration === period.duration &&
		product.duration_unit === period.duration_unit
	) {
		return product.amount;
	}
	const variation = product.price_variations.find(
		( v ) =>
			v.duration === period.duration &&
			v.duration_unit === period.duration_unit
	);
	return variation ? variation.amount : null;
}

/** "$99.00 per month", "Free", "$50.00 one-time" or "Contact us" for a product at a period (its own when not sold at `period`). */
export function priceLabel( product: Product, period?: Period ): string {
	if ( product.pricing_type === 'free' ) {
		return __( 'Free', 'wu-plan-change' );
	}
	if ( product.pricing_type === 'contact_us' ) {
		return __( 'Contact us', 'wu-plan-change' );
	}
	const at =
		period && priceAt( product, period ) !== null
			? period
			: {
					duration: product.duration,
					duration_unit: product.duration_unit,
				};
	const amount = formatMoney(
		priceAt( product, at ) ?? product.amount,
		product.currency
	);
	if ( ! product.recurring ) {
		/* translators: %s: a price */
		return sprintf( __( '%s one-time', 'wu-plan-change' ), amount );
	}
	return sprintf(
		/* translators: 1: a price, 2: "per month", "per year" … */
		__( '%1$s %2$s', 'wu-plan-change' ),
		amount,
		formatPer( at.duration, at.duration_unit )
	);
}

/** Nominal length of a period unit in sixteenths of a day (month 487, year 5844), as the server's `nominalSixteenths`. */
const SIXTEENTHS: Record< DurationUnit, number > = {
	day: 16,
	week: 112,
	month: 487,
	year: 5844,
};

/**
 * The unit price of a product for a billing period in minor units, as the server prices it: its
 * own price there, else its base amount scaled by nominal days (billing decision 4: a $5.00 per
 * month add-on costs $60.00 on a yearly plan).
 */
export function priceForPeriod( product: Product, period: Period ): number {
	const own = priceAt( product, period );
	if ( own !== null ) {
		return own;
	}
	if ( product.pricing_type === 'contact_us' ) {
		return 0;
	}
	return Math.round(
		( product.amount *
			period.duration *
			SIXTEENTHS[ period.duration_unit ] ) /
			( product.duration * SIXTEENTHS[ product.duration_unit ] )
	);
}

/** An add-on's price on a plan billed at `period`: "$60.00 per year" for a $5.00 monthly package on a yearly plan; a one-time or free one as {@link priceLabel}. */
export function addonPriceLabel( addon: Product, period?: Period ): string {
	if ( ! period || ! addon.recurring || addon.pricing_type !== 'paid' ) {
		return priceLabel( addon, period );
	}
	return sprintf(
		/* translators: 1: a price, 2: "per month", "per year" … */
		__( '%1$s %2$s', 'wu-plan-change' ),
		formatMoney( priceForPeriod( addon, period ), addon.currency ),
		formatPer( period.duration, period.duration_unit )
	);
}

/** The recurring total of a plan at a period with add-ons, in minor units; null when unknown (a product not in `catalogue`). */
export function recurringTotal(
	catalogue: Map< number, Product >,
	planId: number,
	period: Period,
	addons: AddonQuantity[]
): number | null {
	const plan = catalogue.get( planId );
	const planAmount = plan ? priceAt( plan, period ) : null;
	if ( planAmount === null ) {
		return null;
	}
	let total = planAmount;
	for ( const addon of addons ) {
		const product = catalogue.get( addon.product_id );
		if ( ! product ) {
			return null;
		}
		if ( product.recurring && product.pricing_type === 'paid' ) {
			total += priceForPeriod( product, period ) * addon.quantity;
		}
	}
	return total;
}
