import type {
	DurationUnit,
	Limits,
	PriceVariation,
	PricingType,
	Product,
	ProductType,
} from '../domain/types';

/* The products table's rows and their reading into the domain's Product. */

export interface ProductRow {
	id: number;
	slug: string;
	name: string;
	description: string;
	type: ProductType;
	pricing_type: PricingType;
	amount: number;
	currency: string;
	recurring: number;
	duration: number;
	duration_unit: DurationUnit;
	price_variations: string;
	setup_fee_amount: number;
	trial_duration: number;
	trial_duration_unit: DurationUnit;
	active: number;
	plan_group: string;
	list_order: number;
	available_addons: string;
	stackable: number;
	max_quantity: number;
	limits: string;
	created_at: string;
	updated_at: string;
}

interface StoredVariation {
	duration: number;
	duration_unit: DurationUnit;
	amount: number;
}

export function toProduct( row: ProductRow ): Product {
	return {
		id: row.id,
		slug: row.slug,
		name: row.name,
		description: row.description,
		type: row.type,
		pricingType: row.pricing_type,
		amount: row.amount,
		currency: row.currency,
		recurring: row.recurring === 1,
		duration: row.duration,
		durationUnit: row.duration_unit,
		priceVariations: (
			JSON.parse( row.price_variations ) as StoredVariation[]
		 ).map( ( v ) => ( {
			duration: v.duration,
			durationUnit: v.duration_unit,
			amount: v.amount,
		} ) ),
		setupFee: row.setup_fee_amount,
		trialDuration: row.trial_duration,
		trialDurationUnit: row.trial_duration_unit,
		active: row.active === 1,
		group: row.plan_group,
		listOrder: row.list_order,
		availableAddons: JSON.parse( row.available_addons ) as number[],
		stackable: row.stackable === 1,
		maxQuantity: row.max_quantity,
		limits: JSON.parse( row.limits ) as Limits,
	};
}

function variationsJson( variations: PriceVariation[] ): string {
	return JSON.stringify(
		variations.map( ( v ) => ( {
			duration: v.duration,
			duration_unit: v.durationUnit,
			amount: v.amount,
		} ) )
	);
}

export function productValues( product: Omit< Product, 'id' > ): unknown[] {
	return [
		product.slug,
		product.name,
		product.description,
		product.type,
		product.pricingType,
		product.amount,
		product.currency,
		product.recurring ? 1 : 0,
		product.duration,
		product.durationUnit,
		variationsJson( product.priceVariations ),
		product.setupFee,
		product.trialDuration,
		product.trialDurationUnit,
		product.active ? 1 : 0,
		product.group,
		product.listOrder,
		JSON.stringify( product.availableAddons ),
		product.stackable ? 1 : 0,
		product.maxQuantity,
		JSON.stringify( product.limits ),
	];
}

export const PRODUCT_COLUMNS =
	'slug, name, description, type, pricing_type, amount, currency, recurring, duration, duration_unit, price_variations, setup_fee_amount, trial_duration, trial_duration_unit, active, plan_group, list_order, available_addons, stackable, max_quantity, limits';
