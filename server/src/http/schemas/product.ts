import { __ } from '../../i18n';
import { z } from 'zod';
import type { PricingType, ProductType } from '../../domain/types';
import type { ProductDraft } from '../../services/validate-product';
import { flag, integer, oneOf, text } from '../schema';
import { UNITS } from './period';
import {
	idsField,
	limitsField,
	listOrderField,
	priceField,
	variationsField,
} from './product-fields';

const TYPES = [
	'plan',
	'package',
	'service',
] as const satisfies readonly ProductType[];
const PRICING = [
	'paid',
	'free',
	'contact_us',
] as const satisfies readonly PricingType[];
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The product form's fields; a new product needs its name and type. */
function productArgs< C extends boolean >( creating: C ) {
	return z.object( {
		name: text< C >( { required: creating, max: 200 } ),
		slug: text( {
			max: 60,
			pattern: SLUG,
			patternHint: () =>
				__(
					'The slug may hold lowercase letters, digits and single dashes.',
					'wu-plan-change'
				),
		} ),
		limits: limitsField,
		description: text( { max: 5000 } ),
		type: oneOf< ( typeof TYPES )[ number ], C >( TYPES, {
			required: creating,
		} ),
		pricing_type: oneOf( PRICING ),
		amount: priceField( 'amount' ),
		currency: text( {
			pattern: /^[A-Za-z]{3}$/,
			patternHint: () =>
				__(
					'The currency is an ISO 4217 code such as USD.',
					'wu-plan-change'
				),
		} ),
		recurring: flag(),
		duration: integer( { min: 1 } ),
		duration_unit: oneOf( UNITS ),
		price_variations: variationsField,
		setup_fee: priceField( 'setup_fee' ),
		trial_duration: integer( { min: 0 } ),
		trial_duration_unit: oneOf( UNITS ),
		active: flag(),
		group: text( { max: 100 } ),
		list_order: listOrderField,
		available_addons: idsField( 'available_addons' ),
		stackable: flag(),
		max_quantity: integer( { min: 1 } ),
	} );
}

export const newProductArgs = productArgs( true );
export const productChangeArgs = productArgs( false );
export type ProductArgs = Partial< z.output< typeof productChangeArgs > >;

function slugify( name: string ): string {
	return name
		.toLowerCase()
		.normalize( 'NFKD' )
		.replace( /[^a-z0-9]+/g, '-' )
		.replace( /^-+|-+$/g, '' )
		.slice( 0, 60 )
		.replace( /-+$/, '' );
}

/** The product the form's args make over `base` (defaults, or the current product). */
export function draftOf(
	args: ProductArgs,
	base: ProductDraft,
	creating: boolean
): ProductDraft {
	return {
		...base,
		name: args.name ?? base.name,
		slug:
			args.slug ||
			( creating && args.name ? slugify( args.name ) : base.slug ),
		description: args.description ?? base.description,
		type: args.type ?? base.type,
		pricingType: args.pricing_type ?? base.pricingType,
		amount: args.amount ?? base.amount,
		currency: args.currency?.toUpperCase() ?? base.currency,
		recurring: args.recurring ?? base.recurring,
		duration: args.duration ?? base.duration,
		durationUnit: args.duration_unit ?? base.durationUnit,
		priceVariations: args.price_variations ?? base.priceVariations,
		setupFee: args.setup_fee ?? base.setupFee,
		trialDuration: args.trial_duration ?? base.trialDuration,
		trialDurationUnit: args.trial_duration_unit ?? base.trialDurationUnit,
		active: args.active ?? base.active,
		group: args.group ?? base.group,
		listOrder: args.list_order ?? base.listOrder,
		availableAddons: args.available_addons ?? base.availableAddons,
		stackable: args.stackable ?? base.stackable,
		maxQuantity: args.max_quantity ?? base.maxQuantity,
		limits: args.limits ?? base.limits,
	};
}

/**
 * The slug's problem when none was given and none can be made from the name. A name the
 * schema refused (too long) leaves no name to make one from: only the name is blamed ("blames
 * only the Name of a 300-character name" in tests/server/http/products.test.ts).
 */
export function slugProblem(
	args: ProductArgs,
	draft: ProductDraft
): string | false {
	return (
		! draft.slug &&
		! args.slug &&
		args.name !== undefined &&
		args.name !== '' &&
		__( 'No slug could be made from the name; give one.', 'wu-plan-change' )
	);
}
