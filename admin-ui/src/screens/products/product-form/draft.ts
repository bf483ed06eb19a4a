import { __ } from '@wordpress/i18n';
import type { PriceVariation, Product, WireLimits } from '../../../api/types';
import { minorToDecimal } from '../../../components/money';
import { groupKey } from './checks';
import { checkNumbers, money } from './draft-numbers';
import {
	PLAN_SCALAR_KEYS,
	type FieldErrors,
	type ProductDraft,
	type VariationDraft,
} from './draft-model';

export {
	PLAN_SCALAR_KEYS,
	type FieldErrors,
	type ProductDraft,
	type VariationDraft,
};

let nextKey = 1;

/** A fresh row key for a price variation. */
export function newVariationKey(): number {
	return nextKey++;
}

/** The default limits of a new plan: every limit present, posts for posts and pages. */
export const NEW_PLAN_LIMITS: WireLimits = {
	sites: 1,
	visits: 'unlimited',
	disk_space: 1000,
	users: 5,
	custom_domains: 0,
	posts: { post: 'unlimited', page: 'unlimited' },
};

const PLAN_POST_TYPES = [ 'post', 'page' ];

/**
 * A plan's limits with every key the form lists present: a key the plan leaves out is not
 * limited on the server, so it becomes an explicit `unlimited` (not 0) and is saved as such.
 */
export function explicitPlanLimits( limits: WireLimits ): WireLimits {
	// NOTE: docs/billing-decisions.md decision 10; pinned by "shows a plan limit the server leaves out as Unlimited" in tests/admin-ui/product-form.test.tsx.
	const next: WireLimits = {
		...limits,
		posts: { ...( limits.posts ?? {} ) },
	};
	for ( const key of PLAN_SCALAR_KEYS ) {
		next[ key ] = limits[ key ] ?? 'unlimited';
	}
	for ( const type of PLAN_POST_TYPES ) {
		next.posts![ type ] = limits.posts?.[ type ] ?? 'unlimited';
	}
	return next;
}

/** The form's draft of `product`, or of a new plan when `null`. */
export function toDraft(
	product: Product | null,
	currency: string
): ProductDraft {
	if ( ! product ) {
		return {
			name: '',
			slug: '',
			description: '',
			type: 'plan',
			pricing_type: 'paid',
			amount: minorToDecimal( 0, currency ),
			recurring: true,
			duration: 1,
			duration_unit: 'month',
			price_variations: [],
			setup_fee: minorToDecimal( 0, currency ),
			trial_duration: 0,
			trial_duration_unit: 'day',
			active: true,
			group: '',
			list_order: 10,
			available_addons: [],
			stackable: false,
			max_quantity: 1,
			limits: NEW_PLAN_LIMITS,
		};
	}
	return {
		name: product.name,
		slug: product.slug,
		description: product.description,
		type: product.type,
		pricing_type: product.pricing_type,
		amount: minorToDecimal( product.amount, currency ),
		recurring: product.recurring,
		duration: product.duration,
		duration_unit: product.duration_unit,
		price_variations: product.price_variations.map( ( variation ) => ( {
			key: newVariationKey(),
			duration: variation.duration,
			duration_unit: variation.duration_unit,
			amount: minorToDecimal( variation.amount, currency ),
		} ) ),
		setup_fee: minorToDecimal( product.setup_fee, currency ),
		trial_duration: product.trial_duration,
		trial_duration_unit: product.trial_duration_unit,
		active: product.active,
		group: product.group,
		list_order: product.list_order,
		available_addons: product.available_addons,
		stackable: product.stackable,
		max_quantity: product.max_quantity,
		limits:
			product.type === 'plan'
				? explicitPlanLimits( product.limits )
				: product.limits,
	};
}

/** The stored spelling of an existing group of another plan that `group` names without regard to case and spaces, else `group` trimmed. */
export function canonicalGroup(
	group: string,
	catalogue: Product[],
	productId: number | null
): string {
	const spaced = group.trim().replace( /\s+/g, ' ' );
	const existing = catalogue.find(
		( other ) =>
			other.type === 'plan' &&
			other.id !== productId &&
			other.group !== '' &&
			groupKey( other.group ) === groupKey( spaced )
	);
	return spaced === '' ? '' : ( existing?.group ?? spaced );
}

/** The limits a product stores: none for a service, every limit spelled out for a plan. */
function limitsOf( draft: ProductDraft ): WireLimits {
	if ( draft.type === 'service' ) {
		return {};
	}
	return draft.type === 'plan'
		? explicitPlanLimits( draft.limits )
		: draft.limits;
}

/**
 * The wire body for the draft, amounts in exact minor units; the fields the product's type does
 * not use are sent empty (RULES C1–C4), so hidden fields never fail validation.
 */
export function fromDraft(
	draft: ProductDraft,
	currency: string,
	catalogue: Product[] = [],
	productId: number | null = null
): { data: Partial< Product >; errors: FieldErrors } {
	const errors: FieldErrors = {};
	const paid = draft.pricing_type === 'paid';
	const isPlan = draft.type === 'plan';
	const variations: PriceVariation[] =
		paid && draft.recurring
			? draft.price_variations.map( ( variation, index ) => ( {
					duration: variation.duration,
					duration_unit: variation.duration_unit,
					amount: money(
						variation.amount,
						currency,
						`price_variations.${ index }.amount`,
						errors
					),
				} ) )
			: [];
	if ( ! draft.name.trim() ) {
		errors.name = __( 'A product needs a name.', 'wu-plan-change' );
	} else if ( draft.name.trim().length > 200 ) {
		errors.name = __(
			'The name can be at most 200 characters.',
			'wu-plan-change'
		);
	}
	const data: Partial< Product > = {
		name: draft.name.trim(),
		// NOTE: an empty Slug is sent empty: the server makes it from the name (at most 60 characters), so a name too long never blames the Slug ("blames only the Name of a 300-character name" in tests/admin-ui/product-form.test.tsx).
		slug: draft.slug.trim(),
		description: draft.description,
		type: draft.type,
		pricing_type: draft.pricing_type,
		amount: paid ? money( draft.amount, currency, 'amount', errors ) : 0,
		currency,
		recurring: draft.recurring,
		duration: draft.duration,
		duration_unit: draft.duration_unit,
		price_variations: variations,
		setup_fee: paid
			? money( draft.setup_fee, currency, 'setup_fee', errors )
			: 0,
		trial_duration: draft.trial_duration,
		trial_duration_unit: draft.trial_duration_unit,
		active: draft.active,
		group: isPlan
			? canonicalGroup( draft.group, catalogue, productId )
			: '',
		list_order: draft.list_order,
		available_addons: isPlan ? draft.available_addons : [],
		stackable: draft.type === 'package' && draft.stackable,
		max_quantity:
			draft.type === 'package' && draft.stackable
				? draft.max_quantity
				: 1,
		limits: limitsOf( draft ),
	};
	checkNumbers( draft, data, errors );
	return { data, errors };
}

/** Which tab holds a field, to open the tab of the first error. */
export function tabOfField(
	field: string
): 'general' | 'pricing' | 'upgrades' | 'limits' {
	const root = field.split( /[.[]/ )[ 0 ];
	if (
		[
			'pricing_type',
			'amount',
			'currency',
			'recurring',
			'duration',
			'duration_unit',
			'price_variations',
			'setup_fee',
			'trial_duration',
			'trial_duration_unit',
			'stackable',
			'max_quantity',
		].includes( root )
	) {
		return 'pricing';
	}
	if ( [ 'group', 'list_order', 'available_addons' ].includes( root ) ) {
		return 'upgrades';
	}
	if ( root === 'limits' ) {
		return 'limits';
	}
	return 'general';
}
