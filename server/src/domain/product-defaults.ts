import type { Product } from './types';

/** A new product before its fields are given: an active paid monthly plan of 0 minor units in `currency`, no group, no limits. */
export function productDefaults( currency: string ): Omit< Product, 'id' > {
	return {
		slug: '',
		name: '',
		description: '',
		type: 'plan',
		pricingType: 'paid',
		amount: 0,
		currency,
		recurring: true,
		duration: 1,
		durationUnit: 'month',
		priceVariations: [],
		setupFee: 0,
		trialDuration: 0,
		trialDurationUnit: 'day',
		active: true,
		group: '',
		listOrder: 10,
		availableAddons: [],
		stackable: false,
		maxQuantity: 1,
		limits: {},
	};
}
