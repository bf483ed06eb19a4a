import { __, sprintf } from '../i18n';
import { invalidParams } from '../domain/errors';
import { sameGroup } from '../domain/offer';
import { describePeriod, samePeriod } from '../domain/period';
import type { Product } from '../domain/types';
import type { BillingDeps } from './billing-deps';
import { asLimits, limitLabel, limitsProblem } from './limits-problem';
import {
	amountProblem,
	listOrderProblem,
	MAX_AMOUNT,
	MAX_DURATION,
	MAX_LIST_ORDER,
	periodLengthProblem,
} from './period-problem';

// The checks of one field each, for the routes and screens that check a field alone.
export {
	amountProblem,
	asLimits,
	limitLabel,
	limitsProblem,
	listOrderProblem,
	MAX_AMOUNT,
	MAX_DURATION,
	MAX_LIST_ORDER,
	periodLengthProblem,
};

export type ProductDraft = Omit< Product, 'id' >;

function pricingTypeLabel( type: Product[ 'pricingType' ] ): string {
	if ( type === 'free' ) {
		return __( 'Free', 'wu-plan-change' );
	}
	if ( type === 'contact_us' ) {
		return __( 'Contact us', 'wu-plan-change' );
	}
	return __( 'Paid', 'wu-plan-change' );
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
