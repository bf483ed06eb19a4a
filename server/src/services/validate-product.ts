import { __, sprintf } from '../i18n';
import { invalidParams } from '../domain/errors';
import { sameGroup } from '../domain/offer';
import { describePeriod, samePeriod } from '../domain/period';
import type {
	DurationUnit,
	LimitValue,
	Limits,
	Period,
	Product,
} from '../domain/types';
import type { BillingDeps } from './billing-deps';

export type ProductDraft = Omit< Product, 'id' >;

const LIMIT_KEYS = [
	'sites',
	'visits',
	'disk_space',
	'users',
	'custom_domains',
];

function isLimitValue( value: unknown ): value is LimitValue {
	return (
		value === 'unlimited' ||
		( typeof value === 'number' &&
			Number.isSafeInteger( value ) &&
			value >= 0 )
	);
}

/** The label of a limit as the Limits tab shows it ("Sites", "Pages", "Disk space (MB)"). */
export function limitLabel( key: string ): string {
	switch ( key ) {
		case 'sites':
			return __( 'Sites', 'wu-plan-change' );
		case 'visits':
			return __( 'Visits per month', 'wu-plan-change' );
		case 'disk_space':
			return __( 'Disk space (MB)', 'wu-plan-change' );
		case 'users':
			return __( 'Users', 'wu-plan-change' );
		case 'custom_domains':
			return __( 'Custom domains', 'wu-plan-change' );
		case 'posts.post':
			return __( 'Posts', 'wu-plan-change' );
		case 'posts.page':
			return __( 'Pages', 'wu-plan-change' );
		default:
			return sprintf(
				/* translators: %s: a post type slug */ __(
					'Items of type %s',
					'wu-plan-change'
				),
				key.replace( /^posts\./, '' )
			);
	}
}

function limitValueProblem( key: string, value: unknown ): string | null {
	if ( isLimitValue( value ) ) {
		return null;
	}
	if ( typeof value === 'number' && value < 0 ) {
		return sprintf(
			/* translators: %s: a limit's label, e.g. Sites */ __(
				'The %s limit cannot be negative: enter 0 or more, or Unlimited.',
				'wu-plan-change'
			),
			limitLabel( key )
		);
	}
	return sprintf(
		/* translators: %s: a limit's label, e.g. Sites */ __(
			'The %s limit must be a whole number (0 or more) or Unlimited.',
			'wu-plan-change'
		),
		limitLabel( key )
	);
}

/** A problem with a `limits` value, or null (RULES L1: numbers ≥ 0 or "unlimited"; posts per type). */
export function limitsProblem( limits: unknown ): string | null {
	if (
		typeof limits !== 'object' ||
		limits === null ||
		Array.isArray( limits )
	) {
		return __(
			'Limits must be an object of limit values.',
			'wu-plan-change'
		);
	}
	for ( const [ key, value ] of Object.entries( limits ) ) {
		if ( key === 'posts' ) {
			if (
				typeof value !== 'object' ||
				value === null ||
				Array.isArray( value )
			) {
				return __(
					'The posts limits must map post types to a number or "unlimited".',
					'wu-plan-change'
				);
			}
			for ( const [ type, count ] of Object.entries( value ) ) {
				if ( ! /^[a-z0-9_-]{1,40}$/.test( type ) ) {
					return sprintf(
						/* translators: %s: post type */ __(
							'"%s" is not a post type.',
							'wu-plan-change'
						),
						type
					);
				}
				const problem = limitValueProblem( `posts.${ type }`, count );
				if ( problem ) {
					return problem;
				}
			}
		} else if ( ! LIMIT_KEYS.includes( key ) ) {
			return sprintf(
				/* translators: 1: the limit's key as sent, 2: the known limit keys, comma-separated */
				__(
					'limits.%1$s is not a known limit (%2$s).',
					'wu-plan-change'
				),
				key,
				[ ...LIMIT_KEYS, 'posts' ].join( ', ' )
			);
		} else {
			const problem = limitValueProblem( key, value );
			if ( problem ) {
				return problem;
			}
		}
	}
	return null;
}

/** The longest period of each unit: 10 years (RULES M6). */
export const MAX_DURATION: Record< DurationUnit, number > = {
	day: 3650,
	week: 520,
	month: 120,
	year: 10,
};

/** Highest Product Order accepted. */
export const MAX_LIST_ORDER = 9999;

/** Highest amount accepted, in minor units (10,000,000.00 in a two-decimal currency): any period's price times any proration stays a safe integer. */
export const MAX_AMOUNT = 1_000_000_000;

/** "The billing period can be at most 10 years (120 months)." when `period` is longer than RULES M6 allows, else null. */
export function periodLengthProblem(
	what: 'billing' | 'trial' | number,
	period: Period
): string | null {
	const max = MAX_DURATION[ period.durationUnit ];
	if ( max === undefined || ! ( period.duration > max ) ) {
		return null;
	}
	const years = period.durationUnit === 'year';
	const longest = describePeriod( {
		duration: max,
		durationUnit: period.durationUnit,
	} );
	if ( what === 'billing' ) {
		return years
			? __(
					'The billing period can be at most 10 years.',
					'wu-plan-change'
				)
			: sprintf(
					/* translators: %s: the longest period in the unit typed, e.g. "120 months" */ __(
						'The billing period can be at most 10 years (%s).',
						'wu-plan-change'
					),
					longest
				);
	}
	if ( what === 'trial' ) {
		return years
			? __( 'The trial can be at most 10 years.', 'wu-plan-change' )
			: sprintf(
					/* translators: %s: the longest period in the unit typed, e.g. "3650 days" */ __(
						'The trial can be at most 10 years (%s).',
						'wu-plan-change'
					),
					longest
				);
	}
	return years
		? sprintf(
				/* translators: %d: position of the price variation */ __(
					'The period of price variation %d can be at most 10 years.',
					'wu-plan-change'
				),
				what
			)
		: sprintf(
				/* translators: 1: position of the price variation, 2: the longest period in the unit typed, e.g. "120 months" */
				__(
					'The period of price variation %1$d can be at most 10 years (%2$s).',
					'wu-plan-change'
				),
				what,
				longest
			);
}

/** "Product Order is a whole number from 0 to 9,999." unless `value` is one. */
export function listOrderProblem( value: unknown ): string | null {
	if (
		typeof value === 'number' &&
		Number.isSafeInteger( value ) &&
		value >= 0 &&
		value <= MAX_LIST_ORDER
	) {
		return null;
	}
	return __(
		'Product Order is a whole number from 0 to 9,999.',
		'wu-plan-change'
	);
}

/** What is wrong with an amount in minor units (negative, too large, not whole, not a number), naming it by `label`, or null. */
export function amountProblem( label: string, value: unknown ): string | null {
	if ( typeof value !== 'number' || ! Number.isFinite( value ) ) {
		return sprintf(
			/* translators: %s: the amount's label, e.g. Amount */ __(
				'%s is not a number: send minor units, e.g. 2900 for 29.00.',
				'wu-plan-change'
			),
			label
		);
	}
	if ( value < 0 ) {
		return sprintf(
			/* translators: %s: the amount's label, e.g. Amount */ __(
				'%s cannot be negative.',
				'wu-plan-change'
			),
			label
		);
	}
	if ( ! Number.isInteger( value ) ) {
		return sprintf(
			/* translators: %s: the amount's label, e.g. Amount */ __(
				'%s has too many decimals: send whole minor units, e.g. 2900 for 29.00.',
				'wu-plan-change'
			),
			label
		);
	}
	if ( value > MAX_AMOUNT ) {
		return sprintf(
			/* translators: 1: the amount's label, e.g. Amount, 2: the largest amount in minor units */ __(
				'%1$s is too large: at most %2$d in minor units.',
				'wu-plan-change'
			),
			label,
			MAX_AMOUNT
		);
	}
	return null;
}

function pricingTypeLabel( type: Product[ 'pricingType' ] ): string {
	return type === 'free'
		? __( 'Free', 'wu-plan-change' )
		: type === 'contact_us'
			? __( 'Contact us', 'wu-plan-change' )
			: __( 'Paid', 'wu-plan-change' );
}

function pricingProblems(
	draft: ProductDraft,
	problems: Record< string, string >
): void {
	const price = __( 'Amount', 'wu-plan-change' );
	const amount = amountProblem( price, draft.amount );
	const setupFee = amountProblem(
		__( 'Setup fee', 'wu-plan-change' ),
		draft.setupFee
	);
	if ( amount ) {
		problems.amount = amount;
	} else if ( draft.pricingType !== 'paid' && draft.amount !== 0 ) {
		problems.amount = sprintf(
			/* translators: %s: pricing type, Free or Contact us */ __(
				'A %s product has no price: set Pricing Type to Paid, or leave the price at 0.',
				'wu-plan-change'
			),
			pricingTypeLabel( draft.pricingType )
		);
	} else if ( draft.pricingType === 'paid' && draft.amount === 0 ) {
		problems.amount =
			draft.type === 'plan'
				? __(
						'A paid product needs a price above 0, or choose Free.',
						'wu-plan-change'
					)
				: __(
						'A paid add-on needs a price above 0.',
						'wu-plan-change'
					);
	}
	if ( setupFee ) {
		problems.setup_fee = setupFee;
	} else if ( draft.pricingType !== 'paid' && draft.setupFee !== 0 ) {
		problems.setup_fee = sprintf(
			/* translators: %s: pricing type, Free or Contact us */ __(
				'A %s product has no setup fee.',
				'wu-plan-change'
			),
			pricingTypeLabel( draft.pricingType )
		);
	}
	const period = periodLengthProblem( 'billing', draft );
	if ( period ) {
		problems.duration = period;
	}
	const trial = periodLengthProblem( 'trial', {
		duration: draft.trialDuration,
		durationUnit: draft.trialDurationUnit,
	} );
	if ( trial ) {
		problems.trial_duration = trial;
	}
	for ( const [ index, variation ] of draft.priceVariations.entries() ) {
		const variationLabel = sprintf(
			/* translators: %d: position of the price variation */ __(
				'The amount of variation %d',
				'wu-plan-change'
			),
			index + 1
		);
		const problem =
			periodLengthProblem( index + 1, variation ) ??
			amountProblem( variationLabel, variation.amount );
		if ( problem ) {
			problems.price_variations = problem;
		}
	}
	const order = listOrderProblem( draft.listOrder );
	if ( order ) {
		problems.list_order = order;
	}
}

/**
 * The problems of a product draft against the catalogue, by wire field name (RULES C1–C5):
 * the network currency, unique slug, free means 0, groups and Offer Add-ons on plans only,
 * add-ons that are active-or-not packages or services, stackable packages only, no
 * variation repeating the base period, services without limits.
 */
export function productProblems(
	deps: BillingDeps,
	draft: ProductDraft,
	id?: number
): Record< string, string > {
	const problems: Record< string, string > = {};
	const currency = deps.settings.currency();
	if ( draft.currency !== currency ) {
		problems.currency = sprintf(
			/* translators: 1: the network's currency code, 2: the product's currency code */
			__(
				'This network bills in %1$s; a product in %2$s is refused.',
				'wu-plan-change'
			),
			currency,
			draft.currency
		);
	}
	const sameSlug = deps.products.findBySlug( draft.slug );
	if ( sameSlug && sameSlug.id !== id ) {
		problems.slug = sprintf(
			/* translators: 1: slug, 2: name of the product that has it */ __(
				'The slug "%1$s" is already used by %2$s.',
				'wu-plan-change'
			),
			draft.slug,
			sameSlug.name
		);
	}
	pricingProblems( draft, problems );
	if ( draft.type !== 'plan' && draft.group !== '' ) {
		problems.group = __(
			'Only plans belong to a plan group.',
			'wu-plan-change'
		);
	}
	if ( draft.type !== 'plan' && draft.availableAddons.length > 0 ) {
		problems.available_addons = __(
			'Only plans offer add-ons.',
			'wu-plan-change'
		);
	}
	if ( draft.type !== 'plan' && draft.pricingType === 'free' ) {
		problems.pricing_type = __(
			'Only plans can be free; an add-on is paid.',
			'wu-plan-change'
		);
	}
	for ( const addonId of draft.availableAddons ) {
		const addon = deps.products.find( addonId );
		if ( ! addon || addon.id === id ) {
			problems.available_addons = sprintf(
				/* translators: %d: product id */ __(
					'Product %d does not exist.',
					'wu-plan-change'
				),
				addonId
			);
		} else if ( addon.type === 'plan' ) {
			problems.available_addons = sprintf(
				/* translators: %s: product name */ __(
					'%s is a plan; offer add-ons must be packages or services.',
					'wu-plan-change'
				),
				addon.name
			);
		}
	}
	if (
		new Set( draft.availableAddons ).size !== draft.availableAddons.length
	) {
		problems.available_addons = __(
			'An add-on is listed more than once.',
			'wu-plan-change'
		);
	}
	if ( draft.stackable && draft.type !== 'package' ) {
		problems.stackable = __(
			'Only packages can be stackable.',
			'wu-plan-change'
		);
	}
	if ( ! draft.stackable && draft.maxQuantity !== 1 ) {
		problems.max_quantity = __(
			'A product that is not stackable has a Maximum quantity of 1.',
			'wu-plan-change'
		);
	}
	if ( draft.type === 'service' && Object.keys( draft.limits ).length > 0 ) {
		problems.limits = __(
			'A service changes no limits.',
			'wu-plan-change'
		);
	}
	const seen = [ draft, ...draft.priceVariations ];
	for ( const [ index, variation ] of draft.priceVariations.entries() ) {
		if (
			seen
				.slice( 0, index + 1 )
				.some( ( other ) => samePeriod( other, variation ) )
		) {
			problems.price_variations = sprintf(
				/* translators: %s: period such as "1 year" */ __(
					'The period %s is listed twice.',
					'wu-plan-change'
				),
				describePeriod( variation )
			);
		}
	}
	if (
		draft.priceVariations.length > 0 &&
		( ! draft.recurring || draft.pricingType !== 'paid' )
	) {
		problems.price_variations = __(
			'Only recurring paid products have price variations.',
			'wu-plan-change'
		);
	}
	return problems;
}

/**
 * The draft with its Plan Group in canonical spelling: spaces trimmed and collapsed, and the
 * stored spelling of an existing group of another plan that is the same without regard to
 * case and spaces ("high end" joins "High End", never starts a second family).
 */
export function withCanonicalGroup< T extends ProductDraft >(
	deps: BillingDeps,
	draft: T,
	id?: number
): T {
	const spaced = draft.group.trim().replace( /\s+/g, ' ' );
	if ( spaced === '' ) {
		return spaced === draft.group ? draft : { ...draft, group: '' };
	}
	const existing = deps.products
		.all()
		.find(
			( other ) =>
				other.type === 'plan' &&
				other.id !== id &&
				other.group !== '' &&
				sameGroup( other.group, spaced )
		);
	return { ...draft, group: existing?.group ?? spaced };
}

/** Throws rest_invalid_param naming every problem of the draft. */
export function assertValidProduct(
	deps: BillingDeps,
	draft: ProductDraft,
	id?: number
): void {
	const problems = productProblems( deps, draft, id );
	if ( Object.keys( problems ).length > 0 ) {
		throw invalidParams( problems );
	}
}

/** Limits as given, for storage (validated by limitsProblem). */
export function asLimits( value: unknown ): Limits {
	return value as Limits;
}
