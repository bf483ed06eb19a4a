import { __, sprintf } from '../../i18n';
import { DomainError } from '../../domain/errors';
import type {
	DurationUnit,
	PriceVariation,
	PricingType,
	Product,
	ProductType,
} from '../../domain/types';
import type { AppContext } from '../app-context';
import { createProduct } from '../../services/create-product';
import { deleteProduct } from '../../services/delete-product';
import { updateProblems, updateProduct } from '../../services/update-product';
import {
	amountProblem,
	asLimits,
	limitsProblem,
	listOrderProblem,
	productProblems,
	type ProductDraft,
} from '../../services/validate-product';
import { fieldLabel } from '../field-labels';
import { isAdmin } from '../access';
import { idParam, ParamReader } from '../params';
import { productResource } from '../resources';
import {
	everyone,
	networkAdmin,
	RestResponse,
	type RestRequest,
} from '../rest-server';
import type { RouteDefinition } from './route-definition';
import { productDefaults } from '../../domain/product-defaults';
import { sameGroup } from '../../domain/offer';

const TYPES = [ 'plan', 'package', 'service' ] as const;
const PRICING = [ 'paid', 'free', 'contact_us' ] as const;
const UNITS = [ 'day', 'week', 'month', 'year' ] as const;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function slugify( name: string ): string {
	return name
		.toLowerCase()
		.normalize( 'NFKD' )
		.replace( /[^a-z0-9]+/g, '-' )
		.replace( /^-+|-+$/g, '' )
		.slice( 0, 60 )
		.replace( /-+$/, '' );
}

/** A number field kept as sent (number or numeric string) so the service can say what is wrong with it; non-numbers fail here. */
function readNumber(
	reader: ParamReader,
	field: string,
	problem: ( value: unknown ) => string | null
): number | undefined {
	const raw = reader.raw( field );
	if ( raw === undefined || raw === null ) {
		return undefined;
	}
	const value =
		typeof raw === 'string' &&
		raw.trim() !== '' &&
		Number.isFinite( Number( raw ) )
			? Number( raw )
			: raw;
	if ( typeof value !== 'number' || ! Number.isFinite( value ) ) {
		return reader.fail( field, problem( value ) ?? '' );
	}
	return value;
}

function readVariations( reader: ParamReader ): PriceVariation[] | undefined {
	const raw = reader.raw( 'price_variations' );
	if ( raw === undefined ) {
		return undefined;
	}
	if ( ! Array.isArray( raw ) ) {
		return reader.fail(
			'price_variations',
			__(
				'Price variations must be a list of {duration, duration_unit, amount}.',
				'wu-plan-change'
			)
		);
	}
	const variations: PriceVariation[] = [];
	for ( const item of raw ) {
		const v = item as Record< string, unknown >;
		const ok =
			typeof v === 'object' &&
			v !== null &&
			Number.isSafeInteger( v.duration ) &&
			( v.duration as number ) >= 1 &&
			( UNITS as readonly unknown[] ).includes( v.duration_unit ) &&
			typeof v.amount === 'number' &&
			Number.isFinite( v.amount );
		if ( ! ok ) {
			return reader.fail(
				'price_variations',
				__(
					'Each price variation needs a period of 1 or more days, weeks, months or years and a price in minor units.',
					'wu-plan-change'
				)
			);
		}
		variations.push( {
			duration: v.duration as number,
			durationUnit: v.duration_unit as DurationUnit,
			amount: v.amount as number,
		} );
	}
	return variations;
}

function readIds( reader: ParamReader, field: string ): number[] | undefined {
	const raw = reader.raw( field );
	if ( raw === undefined ) {
		return undefined;
	}
	if (
		! Array.isArray( raw ) ||
		! raw.every( ( id ) => Number.isSafeInteger( id ) && id > 0 )
	) {
		return reader.fail(
			field,
			sprintf(
				/* translators: %s: the field's label, e.g. Offer Add-ons */ __(
					'%s must be a list of product ids.',
					'wu-plan-change'
				),
				fieldLabel( field )
			)
		);
	}
	return raw as number[];
}

/** Reads product fields over `base` (defaults or the current product), recording every shape problem. */
function readDraft(
	reader: ParamReader,
	base: ProductDraft,
	creating: boolean
): ProductDraft {
	const name = reader.string( 'name', { required: creating, max: 200 } );
	const slug = reader.string( 'slug', {
		max: 60,
		pattern: SLUG,
		patternHint: __(
			'The slug may hold lowercase letters, digits and single dashes.',
			'wu-plan-change'
		),
	} );
	const limitsRaw = reader.raw( 'limits' );
	const limitsError =
		limitsRaw === undefined ? null : limitsProblem( limitsRaw );
	if ( limitsError ) {
		reader.fail( 'limits', limitsError );
	}
	const draft: ProductDraft = {
		...base,
		name: name ?? base.name,
		slug: slug || ( creating && name ? slugify( name ) : base.slug ),
		description:
			reader.string( 'description', { max: 5000 } ) ?? base.description,
		type:
			reader.oneOf< ProductType >( 'type', TYPES, {
				required: creating,
			} ) ?? base.type,
		pricingType:
			reader.oneOf< PricingType >( 'pricing_type', PRICING ) ??
			base.pricingType,
		amount:
			readNumber( reader, 'amount', ( v ) =>
				amountProblem( fieldLabel( 'amount' ), v )
			) ?? base.amount,
		currency:
			reader
				.string( 'currency', {
					pattern: /^[A-Za-z]{3}$/,
					patternHint: __(
						'The currency is an ISO 4217 code such as USD.',
						'wu-plan-change'
					),
				} )
				?.toUpperCase() ?? base.currency,
		recurring: reader.boolean( 'recurring' ) ?? base.recurring,
		duration: reader.integer( 'duration', { min: 1 } ) ?? base.duration,
		durationUnit:
			reader.oneOf< DurationUnit >( 'duration_unit', UNITS ) ??
			base.durationUnit,
		priceVariations: readVariations( reader ) ?? base.priceVariations,
		setupFee:
			readNumber( reader, 'setup_fee', ( v ) =>
				amountProblem( fieldLabel( 'setup_fee' ), v )
			) ?? base.setupFee,
		trialDuration:
			reader.integer( 'trial_duration', { min: 0 } ) ??
			base.trialDuration,
		trialDurationUnit:
			reader.oneOf< DurationUnit >( 'trial_duration_unit', UNITS ) ??
			base.trialDurationUnit,
		active: reader.boolean( 'active' ) ?? base.active,
		group: reader.has( 'group' )
			? ( reader.string( 'group', { max: 100 } ) ?? '' )
			: base.group,
		listOrder:
			readNumber( reader, 'list_order', listOrderProblem ) ??
			base.listOrder,
		availableAddons:
			readIds( reader, 'available_addons' ) ?? base.availableAddons,
		stackable: reader.boolean( 'stackable' ) ?? base.stackable,
		maxQuantity:
			reader.integer( 'max_quantity', { min: 1 } ) ?? base.maxQuantity,
		limits:
			limitsRaw !== undefined && ! limitsError
				? asLimits( limitsRaw )
				: base.limits,
	};
	// NOTE: a name the reader refused (too long) leaves no name to make a slug from: only the name is blamed
	// ("blames only the Name of a 300-character name" in tests/server/http/products.test.ts).
	if ( ! draft.slug && ! slug && creating && name ) {
		reader.fail(
			'slug',
			__(
				'No slug could be made from the name; give one.',
				'wu-plan-change'
			)
		);
	}
	return draft;
}

function defaults( ctx: AppContext ): ProductDraft {
	return productDefaults( ctx.settings.currency() );
}

/** Fails each field the service finds wrong, in the same reader, then throws once. */
function reportAll(
	reader: ParamReader,
	problems: Record< string, string >
): void {
	for ( const [ field, reason ] of Object.entries( problems ) ) {
		reader.fail( field, reason );
	}
	reader.done();
}

function findVisible( ctx: AppContext, request: RestRequest ): Product {
	const product = ctx.products.find( idParam( request.params ) );
	if ( ! product || ( ! product.active && ! isAdmin( request ) ) ) {
		throw new DomainError(
			'not_found',
			'rest_not_found',
			__( 'No product was found with that id.', 'wu-plan-change' )
		);
	}
	return product;
}

/** `/products`: the catalogue (everyone reads active products; the admin reads all and writes). */
export const productsRoutes: RouteDefinition[] = [
	{
		route: '/products',
		endpoints: [
			{
				methods: [ 'POST' ],
				permission: networkAdmin,
				handler: ( request, ctx ) => {
					const reader = new ParamReader( request.body );
					const draft = readDraft( reader, defaults( ctx ), true );
					reportAll( reader, productProblems( ctx, draft ) );
					const product = createProduct( ctx, draft );
					return new RestResponse( productResource( product ), 201, {
						Location: `/wp-json/wu/v2/products/${ product.id }`,
					} );
				},
			},
		],
	},
	{
		route: '/products/:id',
		endpoints: [
			{
				methods: [ 'GET' ],
				permission: everyone,
				handler: ( request, ctx ) =>
					productResource( findVisible( ctx, request ) ),
			},
			{
				methods: [ 'PUT', 'PATCH' ],
				permission: networkAdmin,
				handler: ( request, ctx ) => {
					const current = findVisible( ctx, request );
					const reader = new ParamReader( request.body );
					const next = {
						...readDraft( reader, current, false ),
						id: current.id,
					};
					reportAll( reader, updateProblems( ctx, current, next ) );
					return productResource( updateProduct( ctx, next ) );
				},
			},
			{
				methods: [ 'DELETE' ],
				permission: networkAdmin,
				handler: ( request, ctx ) => {
					const product = deleteProduct(
						ctx,
						idParam( request.params )
					);
					return {
						deleted: true,
						previous: productResource( product ),
					};
				},
			},
		],
	},
	{
		route: '/plan-groups',
		endpoints: {
			methods: [ 'GET' ],
			permission: networkAdmin,
			handler: ( _request, ctx ) => {
				const plans = ctx.products
					.all()
					.filter( ( p ) => p.type === 'plan' );
				return ctx.products.groups().map( ( name ) => ( {
					name,
					plans: plans
						.filter( ( p ) => sameGroup( p.group, name ) )
						.map( productResource ),
				} ) );
			},
		},
	},
];
