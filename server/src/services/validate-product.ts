import { __, sprintf } from '../i18n';
import { invalidParams } from '../domain/errors';
import { describePeriod, samePeriod } from '../domain/period';
import type { LimitValue, Limits, Product } from '../domain/types';
import type { BillingDeps } from './billing-deps';

export type ProductDraft = Omit< Product, 'id' >;

const LIMIT_KEYS = [ 'sites', 'visits', 'disk_space', 'users', 'custom_domains' ];

function isLimitValue( value: unknown ): value is LimitValue {
	return value === 'unlimited' || ( typeof value === 'number' && Number.isSafeInteger( value ) && value >= 0 );
}

/** A problem with a `limits` value, or null (RULES L1: numbers ≥ 0 or "unlimited"; posts per type). */
export function limitsProblem( limits: unknown ): string | null {
	if ( typeof limits !== 'object' || limits === null || Array.isArray( limits ) ) {
		return __( 'limits must be an object.', 'wu-plan-change' );
	}
	for ( const [ key, value ] of Object.entries( limits ) ) {
		if ( key === 'posts' ) {
			if ( typeof value !== 'object' || value === null || Array.isArray( value ) ) {
				return __( 'limits.posts must map post types to a number or "unlimited".', 'wu-plan-change' );
			}
			for ( const [ type, count ] of Object.entries( value ) ) {
				if ( ! /^[a-z0-9_-]{1,40}$/.test( type ) || ! isLimitValue( count ) ) {
					return sprintf( /* translators: %s: post type */ __( 'limits.posts.%s must be a whole number ≥ 0 or "unlimited".', 'wu-plan-change' ), type );
				}
			}
		} else if ( ! LIMIT_KEYS.includes( key ) ) {
			return sprintf(
				/* translators: 1: the limit's key as sent, 2: the known limit keys, comma-separated */
				__( 'limits.%1$s is not a known limit (%2$s).', 'wu-plan-change' ),
				key,
				[ ...LIMIT_KEYS, 'posts' ].join( ', ' )
			);
		} else if ( ! isLimitValue( value ) ) {
			return sprintf( /* translators: %s: limit key, e.g. sites */ __( 'limits.%s must be a whole number ≥ 0 or "unlimited".', 'wu-plan-change' ), key );
		}
	}
	return null;
}

/**
 * The problems of a product draft against the catalogue, by wire field name (RULES C1–C5):
 * the network currency, unique slug, free means 0, groups and Offer Add-ons on plans only,
 * add-ons that are active-or-not packages or services, stackable packages only, no
 * variation repeating the base period, services without limits.
 */
export function productProblems( deps: BillingDeps, draft: ProductDraft, id?: number ): Record< string, string > {
	const problems: Record< string, string > = {};
	const currency = deps.settings.currency();
	if ( draft.currency !== currency ) {
		problems.currency = sprintf(
			/* translators: 1: the network's currency code, 2: the product's currency code */
			__( 'This network bills in %1$s; a product in %2$s is refused.', 'wu-plan-change' ),
			currency,
			draft.currency
		);
	}
	const sameSlug = deps.products.findBySlug( draft.slug );
	if ( sameSlug && sameSlug.id !== id ) {
		problems.slug = sprintf( /* translators: 1: slug, 2: name of the product that has it */ __( 'The slug "%1$s" is already used by %2$s.', 'wu-plan-change' ), draft.slug, sameSlug.name );
	}
	if ( draft.pricingType !== 'paid' && draft.amount !== 0 ) {
		problems.amount = sprintf( /* translators: %s: pricing type code, free or contact_us */ __( 'A %s product has amount 0.', 'wu-plan-change' ), draft.pricingType );
	}
	if ( draft.pricingType !== 'paid' && draft.setupFee !== 0 ) {
		problems.setup_fee = sprintf( /* translators: %s: pricing type code, free or contact_us */ __( 'A %s product has no setup fee.', 'wu-plan-change' ), draft.pricingType );
	}
	if ( draft.type !== 'plan' && draft.group !== '' ) {
		problems.group = __( 'Only plans belong to a plan group.', 'wu-plan-change' );
	}
	if ( draft.type !== 'plan' && draft.availableAddons.length > 0 ) {
		problems.available_addons = __( 'Only plans offer add-ons.', 'wu-plan-change' );
	}
	if ( draft.type !== 'plan' && draft.pricingType === 'free' ) {
		problems.pricing_type = __( 'Only plans can be free; an add-on is paid.', 'wu-plan-change' );
	}
	for ( const addonId of draft.availableAddons ) {
		const addon = deps.products.find( addonId );
		if ( ! addon || addon.id === id ) {
			problems.available_addons = sprintf( /* translators: %d: product id */ __( 'Product %d does not exist.', 'wu-plan-change' ), addonId );
		} else if ( addon.type === 'plan' ) {
			problems.available_addons = sprintf( /* translators: %s: product name */ __( '%s is a plan; offer add-ons must be packages or services.', 'wu-plan-change' ), addon.name );
		}
	}
	if ( new Set( draft.availableAddons ).size !== draft.availableAddons.length ) {
		problems.available_addons = __( 'An add-on is listed more than once.', 'wu-plan-change' );
	}
	if ( draft.stackable && draft.type !== 'package' ) {
		problems.stackable = __( 'Only packages can be stackable.', 'wu-plan-change' );
	}
	if ( ! draft.stackable && draft.maxQuantity !== 1 ) {
		problems.max_quantity = __( 'A product that is not stackable has max_quantity 1.', 'wu-plan-change' );
	}
	if ( draft.type === 'service' && Object.keys( draft.limits ).length > 0 ) {
		problems.limits = __( 'A service changes no limits.', 'wu-plan-change' );
	}
	const seen = [ draft, ...draft.priceVariations ];
	for ( const [ index, variation ] of draft.priceVariations.entries() ) {
		if ( seen.slice( 0, index + 1 ).some( ( other ) => samePeriod( other, variation ) ) ) {
			problems.price_variations = sprintf( /* translators: %s: period such as "1 year" */ __( 'The period %s is listed twice.', 'wu-plan-change' ), describePeriod( variation ) );
		}
	}
	if ( draft.priceVariations.length > 0 && ( ! draft.recurring || draft.pricingType !== 'paid' ) ) {
		problems.price_variations = __( 'Only recurring paid products have price variations.', 'wu-plan-change' );
	}
	return problems;
}

/** Throws rest_invalid_param naming every problem of the draft. */
export function assertValidProduct( deps: BillingDeps, draft: ProductDraft, id?: number ): void {
	const problems = productProblems( deps, draft, id );
	if ( Object.keys( problems ).length > 0 ) {
		throw invalidParams( problems );
	}
}

/** Limits as given, for storage (validated by limitsProblem). */
export function asLimits( value: unknown ): Limits {
	return value as Limits;
}
