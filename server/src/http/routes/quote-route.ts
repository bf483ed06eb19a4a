import crypto from 'node:crypto';
import { z } from 'zod';
import { __, sprintf } from '../../i18n';
import type { Quote } from '../../domain/types';
import type { AppContext } from '../app-context';
import { readSnapshot } from '../../services/billing-deps';
import { priceQuote, type QuoteAsk } from '../../services/price-quote';
import { isAdmin } from '../access';
import { fieldLabel } from '../field-labels';
import { idParam } from '../id-param';
import { quoteResource } from '../../wire/resources';
import { loggedIn } from '../rest-server';
import { integer, oneOf } from '../schema';
import type { RouteDefinition } from './route-definition';

/** An add-on as sent: a product id with a quantity (1 when left out). */
interface AddonArg {
	product_id: number;
	quantity?: number;
}

function isAddonList( value: unknown ): value is AddonArg[] {
	return (
		Array.isArray( value ) &&
		value.every(
			( a ) =>
				typeof a === 'object' &&
				a !== null &&
				Number.isSafeInteger( a.product_id ) &&
				( a.quantity === undefined ||
					Number.isSafeInteger( a.quantity ) )
		)
	);
}

/** The body of `POST /memberships/{id}/quote` (API.md "Target"): every part optional. */
const quoteArgs = z.object( {
	plan_id: integer( { min: 1 } ),
	duration: integer( { min: 1 } ),
	duration_unit: oneOf( [ 'day', 'week', 'month', 'year' ] ),
	addons: z.preprocess(
		( value ) => ( value === null ? undefined : value ),
		z
			.custom< AddonArg[] >( isAddonList, {
				error: () =>
					sprintf(
						/* translators: %s: field name */ __(
							'%s must be a list of add-ons, each a product id with a quantity.',
							'wu-plan-change'
						),
						fieldLabel( 'addons' )
					),
			} )
			// How the REST index lists it (a custom check has no JSON Schema of its own).
			.meta( {
				type: 'array',
				items: {
					type: 'object',
					properties: {
						product_id: { type: 'integer' },
						quantity: { type: 'integer', minimum: 1 },
					},
					required: [ 'product_id' ],
				},
			} )
			.optional()
	),
} );

/** The validated body as the pricing service takes it. */
function targetOf( args: z.output< typeof quoteArgs > ): QuoteAsk[ 'target' ] {
	return {
		planId: args.plan_id,
		duration: args.duration,
		durationUnit: args.duration_unit,
		addons: args.addons?.map( ( a ) => ( {
			productId: a.product_id,
			quantity: a.quantity ?? 1,
		} ) ),
	};
}

/**
 * Whether a quote a worker priced at `pricedAt` still stands: no write it depends on
 * (`ctx.quoteInputs`) and no move of a settable billing clock happened meanwhile.
 */
function stillCurrent(
	ctx: AppContext,
	membershipId: number,
	version: number,
	pricedAt: string
): boolean {
	return (
		ctx.quoteInputs.versionOf( membershipId ) === version &&
		// The wall clock moves by itself, so only a test clock's move (PUT /clock) counts.
		( ctx.clock === ctx.wallClock || ctx.clock.now() === pricedAt )
	);
}

/** `POST /memberships/{id}/quote`: a priced change, held for checkout (decisions 37, 38). */
export const quoteRoute: RouteDefinition[] = [
	{
		route: '/memberships/:id/quote',
		endpoints: {
			methods: [ 'POST' ],
			// Decision 37: an open quote is held in memory, so quoting writes nothing. Not one
			// snapshot around the handler: a worker's quote needs none here, one priced here takes its own.
			readOnly: false,
			permission: loggedIn,
			args: quoteArgs,
			handler: ( request, ctx ) => {
				const ask: QuoteAsk = {
					membershipId: idParam( request.params ),
					target: targetOf(
						request.args as z.output< typeof quoteArgs >
					),
					asker: {
						userId: request.user!.id,
						networkAdmin: isAdmin( request ),
					},
				};
				const hold = ( quote: Quote ) => {
					const stored = ctx.quotes.insert(
						crypto.randomUUID(),
						request.user!.id,
						quote
					);
					return quoteResource( stored.id, stored.quote );
				};
				const priceHere = () =>
					hold( readSnapshot( ctx, () => priceQuote( ctx, ask ) ) );
				// Decision 38: priced by a worker thread when there are some, else right here.
				if ( ! ctx.quoteWorkers ) {
					return priceHere();
				}
				const now = ctx.clock.now();
				const priced = ctx.quoteWorkers.price( { ...ask, now } );
				if ( ! priced ) {
					return priceHere();
				}
				// Read in the same turn as the hand-off: no write on this connection can come between.
				const version = ctx.quoteInputs.versionOf( ask.membershipId );
				// A write the quote depends on (a checkout or renewal of this membership, its
				// customer's wallet, its sites, the catalogue) or a moved test clock may have
				// committed after the worker's snapshot: then it is priced again here, at once.
				return priced.then( ( quote ) =>
					stillCurrent( ctx, ask.membershipId, version, now )
						? hold( quote )
						: priceHere()
				);
			},
		},
	},
];
