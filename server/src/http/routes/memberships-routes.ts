import { __, sprintf } from '../../i18n';
import crypto from 'node:crypto';
import type {
	AddonQuantity,
	DurationUnit,
	MembershipStatus,
	Quote,
} from '../../domain/types';
import type { AuthUser } from '../auth';
import type { AppContext } from '../app-context';
import { priceMembershipChange } from '../../services/price-membership-change';
import { inReadSnapshot, totalChanges } from '../../db/connection';
import { accessibleMembership, callerCustomer, isAdmin } from '../access';
import { collectionResponse, readCollectionParams } from '../collection';
import { fieldLabel } from '../field-labels';
import { idParam, ParamReader } from '../params';
import { presentMembership } from '../present';
import { quoteResource } from '../resources';
import { loggedIn } from '../rest-server';
import { STATUSES } from '../schemas/membership';
import { UNITS } from '../schemas/period';
import type { RouteDefinition } from './route-definition';

export { presentMembership } from '../present';

function readAddons(
	reader: ParamReader,
	field = 'addons'
): AddonQuantity[] | undefined {
	const raw = reader.raw( field );
	if ( raw === undefined || raw === null ) {
		return undefined;
	}
	const ok =
		Array.isArray( raw ) &&
		raw.every(
			( a ) =>
				typeof a === 'object' &&
				a !== null &&
				Number.isSafeInteger(
					( a as Record< string, unknown > ).product_id
				) &&
				( ( a as Record< string, unknown > ).quantity === undefined ||
					Number.isSafeInteger(
						( a as Record< string, unknown > ).quantity
					) )
		);
	if ( ! ok ) {
		return reader.fail(
			field,
			sprintf(
				/* translators: %s: field name */ __(
					'%s must be a list of add-ons, each a product id with a quantity.',
					'wu-plan-change'
				),
				fieldLabel( field )
			)
		);
	}
	return ( raw as Record< string, number >[] ).map( ( a ) => ( {
		productId: a.product_id,
		quantity: a.quantity ?? 1,
	} ) );
}

/** A quote request: whose membership, the body as sent, and who asks. */
export interface QuoteAsk {
	membershipId: number;
	body: Record< string, unknown >;
	user: AuthUser;
}

/**
 * Prices `POST /memberships/{id}/quote` without holding it: the caller may see the membership
 * (else 404), the body names a target (plan, period, add-ons), and the change is priced. The
 * same code runs here or in a quote worker (decision 38).
 */
export function priceQuoteRequest( ctx: AppContext, ask: QuoteAsk ): Quote {
	const membership = accessibleMembership(
		ctx,
		{ user: ask.user },
		ask.membershipId
	);
	const reader = new ParamReader( ask.body );
	const planId = reader.integer( 'plan_id', { min: 1 } );
	const duration = reader.integer( 'duration', { min: 1 } );
	const durationUnit = reader.oneOf< DurationUnit >( 'duration_unit', UNITS );
	const addons = readAddons( reader );
	reader.done();
	// L4: the network admin may quote a change that applies now over the limits; its checkout needs allow_over_limits.
	return priceMembershipChange(
		ctx,
		membership,
		{ planId, duration, durationUnit, addons },
		{ allowOverLimitsNow: ask.user.role === 'network_admin' }
	);
}

/** `/memberships` and the plan-change endpoints of one membership. */
export const membershipsRoutes: RouteDefinition[] = [
	{
		route: '/memberships/:id/quote',
		endpoints: {
			methods: [ 'POST' ],
			// Decision 37: an open quote is held in memory, so quoting writes nothing.
			readOnly: true,
			permission: loggedIn,
			handler: ( request, ctx ) => {
				const membershipId = idParam( request.params );
				const hold = ( quote: Quote ) => {
					const stored = ctx.quotes.insert(
						crypto.randomUUID(),
						request.user!.id,
						quote
					);
					return quoteResource( stored.id, stored.quote );
				};
				// Decision 38: priced by a worker thread when there are some, else right here.
				const ask = {
					membershipId,
					body: request.body,
					user: request.user!,
				};
				const priceHere = () =>
					hold(
						inReadSnapshot( ctx.db, () =>
							priceQuoteRequest( ctx, ask )
						)
					);
				const priced = ctx.quoteWorkers?.price( {
					...ask,
					now: ctx.clock.now(),
				} );
				if ( ! priced ) {
					return priceHere();
				}
				// A commit here while the worker priced (a checkout, a renewal, a moved test clock) may
				// be newer than the instant it priced at: price it again here, at the instant now.
				const written = totalChanges( ctx.db );
				return priced.then( ( quote ) =>
					totalChanges( ctx.db ) === written
						? hold( quote )
						: priceHere()
				);
			},
		},
	},
];
