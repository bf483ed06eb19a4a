import { DomainError } from '../domain/errors';
import { samePeriod } from '../domain/period';
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
		return 'limits must be an object.';
	}
	for ( const [ key, value ] of Object.entries( limits ) ) {
		if ( key === 'posts' ) {
			if ( typeof value !== 'object' || value === null || Array.isArray( value ) ) {
				return 'limits.posts must map post types to a number or "unlimited".';
			}
			for ( const [ type, count ] of Object.entries( value ) ) {
				if ( ! /^[a-z0-9_-]{1,40}$/.test( type ) || ! isLimitValue( count ) ) {
					return `limits.posts.${ type } must be a whole number ≥ 0 or "unlimited".`;
				}
			}
		} else if ( ! LIMIT_KEYS.includes( key ) ) {
			return `limits.${ key } is not a known limit (${ [ ...LIMIT_KEYS, 'posts' ].join( ', ' ) }).`;
		} else if ( ! isLimitValue( value ) ) {
			return `limits.${ key } must be a whole number ≥ 0 or "unlimited".`;
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
		problems.currency = `This network bills in ${ currency }; a product in ${ draft.currency } is refused.`;
	}
	const sameSlug = deps.products.findBySlug( draft.slug );
	if ( sameSlug && sameSlug.id !== id ) {
		problems.slug = `The slug "${ draft.slug }" is already used by ${ sameSlug.name }.`;
	}
	if ( draft.pricingType !== 'paid' && draft.amount !== 0 ) {
		problems.amount = `A ${ draft.pricingType } product has amount 0.`;
	}
	if ( draft.pricingType !== 'paid' && draft.setupFee !== 0 ) {
		problems.setup_fee = `A ${ draft.pricingType } product has no setup fee.`;
	}
	if ( draft.type !== 'plan' && draft.group !== '' ) {
		problems.group = 'Only plans belong to a plan group.';
	}
	if ( draft.type !== 'plan' && draft.availableAddons.length > 0 ) {
		problems.available_addons = 'Only plans offer add-ons.';
	}
	if ( draft.type !== 'plan' && draft.pricingType === 'free' ) {
		problems.pricing_type = 'Only plans can be free; an add-on is paid.';
	}
	for ( const addonId of draft.availableAddons ) {
		const addon = deps.products.find( addonId );
		if ( ! addon || addon.id === id ) {
			problems.available_addons = `Product ${ addonId } does not exist.`;
		} else if ( addon.type === 'plan' ) {
			problems.available_addons = `${ addon.name } is a plan; offer add-ons must be packages or services.`;
		}
	}
	if ( new Set( draft.availableAddons ).size !== draft.availableAddons.length ) {
		problems.available_addons = 'An add-on is listed more than once.';
	}
	if ( draft.stackable && draft.type !== 'package' ) {
		problems.stackable = 'Only packages can be stackable.';
	}
	if ( ! draft.stackable && draft.maxQuantity !== 1 ) {
		problems.max_quantity = 'A product that is not stackable has max_quantity 1.';
	}
	if ( draft.type === 'service' && Object.keys( draft.limits ).length > 0 ) {
		problems.limits = 'A service changes no limits.';
	}
	const seen = [ draft, ...draft.priceVariations ];
	for ( const [ index, variation ] of draft.priceVariations.entries() ) {
		if ( seen.slice( 0, index + 1 ).some( ( other ) => samePeriod( other, variation ) ) ) {
			problems.price_variations = `The period ${ variation.duration } ${ variation.durationUnit } is listed twice.`;
		}
	}
	if ( draft.priceVariations.length > 0 && ( ! draft.recurring || draft.pricingType !== 'paid' ) ) {
		problems.price_variations = 'Only recurring paid products have price variations.';
	}
	return problems;
}

/** Throws rest_invalid_param naming every problem of the draft. */
export function assertValidProduct( deps: BillingDeps, draft: ProductDraft, id?: number ): void {
	const problems = productProblems( deps, draft, id );
	const fields = Object.keys( problems );
	if ( fields.length > 0 ) {
		throw new DomainError( 'invalid', 'rest_invalid_param', `Invalid parameter(s): ${ fields.join( ', ' ) }`, { params: problems } );
	}
}

/** Limits as given, for storage (validated by limitsProblem). */
export function asLimits( value: unknown ): Limits {
	return value as Limits;
}
