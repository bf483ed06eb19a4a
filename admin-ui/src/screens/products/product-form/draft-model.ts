import type { DurationUnit, Product } from '../../../api/types';

/** A price variation as typed: the amount stays text until saved. */
export interface VariationDraft {
	/** Stable key for the row while it is edited. */
	key: number;
	duration: number;
	duration_unit: DurationUnit;
	amount: string;
}

/** The product as the form edits it: the wire fields (without id and currency), with money as decimal text. */
export type ProductDraft = Omit<
	Product,
	'id' | 'currency' | 'amount' | 'setup_fee' | 'price_variations'
> & {
	amount: string;
	setup_fee: string;
	price_variations: VariationDraft[];
};

/** Messages by wire field name (`amount`, `group`, `price_variations.1.amount` …). */
export type FieldErrors = Record< string, string >;

/** The scalar limits every plan lists. */
export const PLAN_SCALAR_KEYS = [
	'sites',
	'visits',
	'disk_space',
	'users',
	'custom_domains',
] as const;
