import type { NewMembership } from '../../api/memberships';
import type { DurationUnit, Product } from '../../api/types';

/** A billing period as a select value, e.g. `1:month`. */
export type PeriodKey = `${ number }:${ DurationUnit }`;

export interface MembershipDraft {
	customerId: number | null;
	planId: number | null;
	period: PeriodKey | null;
	/** Quantities by add-on id; absent = not chosen. */
	addons: Record< number, number >;
	status: 'active' | 'trialing';
	/** `YYYY-MM-DD` (UTC) or empty for the server's now. */
	periodStart: string;
	/** `YYYY-MM-DD` (UTC) or empty for the plan's trial. */
	trialEnd: string;
	autoRenew: boolean;
}

/** The plans a membership may be created on: active plans that are not sold on request. */
export function creatablePlans( catalogue: Product[] ): Product[] {
	return catalogue.filter(
		( product ) =>
			product.type === 'plan' &&
			product.active &&
			product.pricing_type !== 'contact_us'
	);
}

/** The plan's base period first, then its price variations, each with its price (minor units). */
export function planPeriods(
	plan: Product
): { key: PeriodKey; duration: number; unit: DurationUnit; amount: number }[] {
	const base = {
		key: `${ plan.duration }:${ plan.duration_unit }` as PeriodKey,
		duration: plan.duration,
		unit: plan.duration_unit,
		amount: plan.amount,
	};
	const variations = plan.price_variations.map( ( v ) => ( {
		key: `${ v.duration }:${ v.duration_unit }` as PeriodKey,
		duration: v.duration,
		unit: v.duration_unit,
		amount: v.amount,
	} ) );
	return [ base, ...variations.filter( ( v ) => v.key !== base.key ) ];
}

/** The plan's Offer Add-ons that are active in the catalogue. */
export function planAddons(
	plan: Product | undefined,
	catalogue: Product[]
): Product[] {
	if ( ! plan ) {
		return [];
	}
	return plan.available_addons
		.map( ( id ) => catalogue.find( ( product ) => product.id === id ) )
		.filter( ( product ): product is Product =>
			Boolean( product && product.active )
		);
}

/** The body of POST /memberships for the draft. */
export function membershipBody( draft: MembershipDraft ): NewMembership {
	const [ duration, unit ] = ( draft.period ?? '' ).split( ':' );
	return {
		customer_id: draft.customerId ?? 0,
		plan_id: draft.planId ?? 0,
		...( draft.period
			? {
					duration: Number( duration ),
					duration_unit: unit as DurationUnit,
				}
			: {} ),
		addons: Object.entries( draft.addons ).map( ( [ id, quantity ] ) => ( {
			product_id: Number( id ),
			quantity,
		} ) ),
		status: draft.status,
		...( draft.periodStart
			? { period_start: `${ draft.periodStart }T00:00:00Z` }
			: {} ),
		...( draft.status === 'trialing' && draft.trialEnd
			? { trial_end: `${ draft.trialEnd }T00:00:00Z` }
			: {} ),
		auto_renew: draft.autoRenew,
	};
}

export const FIELDS = [
	'customer_id',
	'plan_id',
	'duration',
	'duration_unit',
	'addons',
	'status',
	'period_start',
	'trial_end',
	'auto_renew',
];
