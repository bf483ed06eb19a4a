import { __, sprintf } from '../../i18n';
import type {
	AddonQuantity,
	DurationUnit,
	Membership,
	MembershipStatus,
	Period,
} from '../../domain/types';
import type { AppContext } from '../../context';
import { cancelScheduledChange } from '../../services/cancel-scheduled-change';
import { checkout, type PaymentMethod } from '../../services/checkout';
import { createMembership } from '../../services/create-membership';
import { getLimits } from '../../services/get-limits';
import { getOptions } from '../../services/get-options';
import { normalizeInstant } from '../../services/clock';
import { DomainError } from '../../domain/errors';
import { toInstant } from '../../domain/instant';
import { accessibleMembership, callerCustomer, isAdmin } from '../access';
import { collectionResponse, readCollectionParams } from '../collection';
import { fieldLabel } from '../field-labels';
import { idParam, ParamReader } from '../params';
import {
	limitsResource,
	membershipResource,
	offerResource,
	paymentResource,
	quoteResource,
	usageResource,
} from '../resources';
import { loggedIn, networkAdmin, RestResponse } from '../rest-server';
import type { RouteDefinition } from './index';
import { payRenewal } from '../../services/pay-renewal';
import { repairMembership } from '../../services/repair-membership';

const UNITS = [ 'day', 'week', 'month', 'year' ] as const;
const STATUSES = [
	'pending',
	'trialing',
	'active',
	'on-hold',
	'expired',
	'cancelled',
] as const;

/** A membership on the wire (its recurring total from the current catalogue). */
export function presentMembership( ctx: AppContext, membership: Membership ) {
	const { retry, error } = ctx.memberships.renewalState( membership.id );
	return membershipResource( membership, ctx.products.all(), retry, error );
}

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

function readInstant( reader: ParamReader, field: string ): string | undefined {
	const raw = reader.string( field );
	if ( raw === undefined ) {
		return undefined;
	}
	try {
		return toInstant( Date.parse( normalizeInstant( raw ) ) );
	} catch {
		return reader.fail(
			field,
			sprintf(
				/* translators: %s: field name */ __(
					'%s must be an ISO 8601 instant with a zone, e.g. 2026-03-01T00:00:00Z.',
					'wu-plan-change'
				),
				field
			)
		);
	}
}

function readPeriod( reader: ParamReader ): Period | undefined {
	const duration = reader.integer( 'duration', { min: 1 } );
	const durationUnit = reader.oneOf< DurationUnit >( 'duration_unit', UNITS );
	if ( ( duration === undefined ) !== ( durationUnit === undefined ) ) {
		if ( reader.has( 'duration' ) !== reader.has( 'duration_unit' ) ) {
			reader.fail(
				reader.has( 'duration' ) ? 'duration_unit' : 'duration',
				__(
					'Give the billing period with its unit (days, weeks, months or years).',
					'wu-plan-change'
				)
			);
		}
		return undefined;
	}
	return duration !== undefined && durationUnit
		? { duration, durationUnit }
		: undefined;
}

function readPaymentMethod( reader: ParamReader ): PaymentMethod | null {
	const raw = reader.raw( 'payment_method' ) as
		Record< string, unknown > | undefined | null;
	if ( raw === undefined || raw === null ) {
		return null;
	}
	if ( typeof raw === 'object' && raw.type === 'manual' ) {
		return { type: 'manual' };
	}
	if (
		typeof raw === 'object' &&
		raw.type === 'test_card' &&
		typeof raw.number === 'string' &&
		/^[\d ]{12,23}$/.test( raw.number )
	) {
		return { type: 'test_card', number: raw.number.replace( /\s+/g, '' ) };
	}
	reader.fail(
		'payment_method',
		__(
			'payment_method must be {type: "test_card", number} or {type: "manual"}.',
			'wu-plan-change'
		)
	);
	return null;
}

/** `/memberships` and the plan-change endpoints of one membership. */
export const membershipsRoutes: RouteDefinition[] = [
	{
		route: '/memberships',
		endpoints: [
			{
				methods: [ 'GET' ],
				permission: loggedIn,
				handler: ( request, ctx ) => {
					let customer: number | undefined;
					let status: MembershipStatus | undefined;
					let plan: number | undefined;
					let renewalError: boolean | undefined;
					const params = readCollectionParams(
						request.query,
						[ 'id', 'period_end', 'status' ],
						{ orderby: 'id' },
						( reader ) => {
							customer = reader.integer( 'customer', { min: 1 } );
							status = reader.oneOf< MembershipStatus >(
								'status',
								STATUSES
							);
							plan = reader.integer( 'plan', { min: 1 } );
							renewalError = reader.boolean( 'renewal_error' );
						}
					);
					if ( ! isAdmin( request ) ) {
						const own = callerCustomer( ctx, request )?.id ?? -1;
						customer =
							customer === undefined || customer === own
								? own
								: -1;
					}
					const { items, total } = ctx.memberships.list( {
						customerId: customer,
						status,
						planId: plan,
						renewalError,
						search: params.search,
						orderby: params.orderby as 'id',
						order: params.order,
						limit: params.perPage,
						offset: params.offset,
					} );
					return collectionResponse(
						items.map( ( m ) => presentMembership( ctx, m ) ),
						total,
						params
					);
				},
			},
			{
				methods: [ 'POST' ],
				permission: networkAdmin,
				handler: ( request, ctx ) => {
					const reader = new ParamReader( request.body );
					const customerId = reader.integer( 'customer_id', {
						required: true,
						min: 1,
					} );
					const planId = reader.integer( 'plan_id', {
						required: true,
						min: 1,
					} );
					const period = readPeriod( reader );
					const addons = readAddons( reader ) ?? [];
					const status =
						reader.oneOf( 'status', [
							'active',
							'trialing',
						] as const ) ?? 'active';
					const periodStart = readInstant( reader, 'period_start' );
					const trialEnd = readInstant( reader, 'trial_end' );
					const autoRenew = reader.boolean( 'auto_renew' ) ?? true;
					if (
						customerId !== undefined &&
						! ctx.customers.find( customerId )
					) {
						reader.fail(
							'customer_id',
							__( 'No customer with this id.', 'wu-plan-change' )
						);
					}
					if ( trialEnd !== undefined && status !== 'trialing' ) {
						reader.fail(
							'trial_end',
							__(
								'A trial end is only for a membership that starts with a trial (status Trialing).',
								'wu-plan-change'
							)
						);
					}
					reader.done();
					const membership = createMembership( ctx, {
						customerId: customerId as number,
						planId: planId as number,
						period,
						addons,
						status,
						periodStart,
						trialEnd,
						autoRenew,
					} );
					return new RestResponse(
						presentMembership( ctx, membership ),
						201,
						{
							Location: `/wp-json/wu/v2/memberships/${ membership.id }`,
						}
					);
				},
			},
		],
	},
	{
		route: '/memberships/:id',
		endpoints: {
			methods: [ 'GET' ],
			permission: loggedIn,
			handler: ( request, ctx ) =>
				presentMembership(
					ctx,
					accessibleMembership(
						ctx,
						request,
						idParam( request.params )
					)
				),
		},
	},
	{
		// The admin's repair of a membership (API.md "Accounts and the edge", RULES R5).
		route: '/memberships/:id',
		endpoints: {
			methods: [ 'PUT' ],
			permission: networkAdmin,
			handler: ( request, ctx ) => {
				const membership = accessibleMembership(
					ctx,
					request,
					idParam( request.params )
				);
				const reader = new ParamReader( request.body );
				const status = reader.oneOf< MembershipStatus >(
					'status',
					STATUSES
				);
				const rawEnd = reader.raw( 'period_end' );
				let periodEnd: string | undefined;
				try {
					periodEnd =
						rawEnd === undefined
							? undefined
							: normalizeInstant(
									typeof rawEnd === 'string' ? rawEnd : ''
								);
				} catch {
					reader.fail(
						'period_end',
						__(
							'The period end must be a date and time with a zone in the years 1000–9999, e.g. 2026-05-01T00:00:00Z.',
							'wu-plan-change'
						)
					);
				}
				const autoRenew = reader.boolean( 'auto_renew' );
				if (
					! reader.has( 'status' ) &&
					! reader.has( 'period_end' ) &&
					! reader.has( 'auto_renew' )
				) {
					reader.fail(
						'status',
						__(
							'Change at least one of Status, Period end and Auto-renew.',
							'wu-plan-change'
						)
					);
				}
				reader.done();
				return presentMembership(
					ctx,
					repairMembership( ctx, membership.id, {
						status,
						periodEnd,
						autoRenew,
					} )
				);
			},
		},
	},
	{
		route: '/memberships/:id/options',
		endpoints: {
			methods: [ 'GET' ],
			permission: loggedIn,
			handler: ( request, ctx ) => {
				const membership = accessibleMembership(
					ctx,
					request,
					idParam( request.params )
				);
				const reader = new ParamReader( request.query );
				const period = readPeriod( reader );
				const planId = reader.integer( 'plan_id', { min: 1 } );
				reader.done();
				return offerResource(
					getOptions( ctx, membership.id, period, planId ),
					membership.currency
				);
			},
		},
	},
	{
		route: '/memberships/:id/checkout',
		endpoints: {
			methods: [ 'POST' ],
			permission: loggedIn,
			// NOTE: synchronous on purpose — no await may split check, charge, apply and store (RULES Q3);
			// pinned by "Q3 twenty parallel checkouts" in tests/server/http/idempotency.test.ts.
			handler: ( request, ctx ) => {
				const membership = accessibleMembership(
					ctx,
					request,
					idParam( request.params )
				);
				const reader = new ParamReader( request.body );
				const quoteId = reader.string( 'quote_id', {
					required: true,
					max: 100,
				} );
				const paymentMethod = readPaymentMethod( reader );
				const allowOverLimits =
					reader.boolean( 'allow_over_limits' ) ?? false;
				if ( allowOverLimits && ! isAdmin( request ) ) {
					throw new DomainError(
						'forbidden',
						'rest_forbidden',
						__(
							'Only the network admin may apply a change over the limits.',
							'wu-plan-change'
						)
					);
				}
				const key = request.header( 'idempotency-key' );
				if (
					key !== undefined &&
					( key.length < 1 || key.length > 255 )
				) {
					reader.fail(
						'Idempotency-Key',
						__(
							'The Idempotency-Key header must be 1–255 characters.',
							'wu-plan-change'
						)
					);
				}
				reader.done();
				const answer = checkout(
					ctx,
					{
						membershipId: membership.id,
						quoteId: quoteId as string,
						paymentMethod,
						userId: request.user!.id,
						overLimitsApprover: allowOverLimits
							? {
									userId: request.user!.id,
									name: request.user!.displayName,
								}
							: undefined,
						idempotencyKey: key,
						requestFingerprint: `${ membership.id }\n${ JSON.stringify( request.body ) }`,
					},
					( result ) => ( {
						membership: presentMembership( ctx, result.membership ),
						payment: result.payment
							? paymentResource( result.payment )
							: null,
						quote: quoteResource( result.quoteId, result.quote ),
					} )
				);
				return new RestResponse(
					answer.body,
					answer.status,
					answer.replayed ? { 'Idempotent-Replayed': 'true' } : {}
				);
			},
		},
	},
	{
		route: '/memberships/:id/pay-renewal',
		endpoints: {
			methods: [ 'POST' ],
			permission: loggedIn,
			// NOTE: synchronous like checkout: charge and apply in one transaction (tests/scenarios/pay-renewal.test.ts).
			handler: ( request, ctx ) => {
				const membership = accessibleMembership(
					ctx,
					request,
					idParam( request.params )
				);
				const reader = new ParamReader( request.body );
				const method = readPaymentMethod( reader );
				if ( method === null ) {
					reader.fail(
						'payment_method',
						__(
							'A card is needed to pay the renewal.',
							'wu-plan-change'
						)
					);
				} else if ( method?.type === 'manual' ) {
					reader.fail(
						'payment_method',
						__(
							'A failed renewal is paid with a card.',
							'wu-plan-change'
						)
					);
				}
				reader.done();
				const result = payRenewal(
					ctx,
					membership.id,
					( method as { number: string } ).number
				);
				return {
					membership: presentMembership( ctx, result.membership ),
					payment: paymentResource( result.payment ),
				};
			},
		},
	},
	{
		route: '/memberships/:id/scheduled-change',
		endpoints: {
			methods: [ 'DELETE' ],
			permission: loggedIn,
			handler: ( request, ctx ) => {
				const membership = accessibleMembership(
					ctx,
					request,
					idParam( request.params )
				);
				return presentMembership(
					ctx,
					cancelScheduledChange( ctx, membership.id )
				);
			},
		},
	},
	{
		route: '/memberships/:id/limits',
		endpoints: {
			methods: [ 'GET' ],
			permission: loggedIn,
			handler: ( request, ctx ) => {
				const membership = accessibleMembership(
					ctx,
					request,
					idParam( request.params )
				);
				const { limits, sites } = getLimits( ctx, membership.id );
				return {
					membership_id: membership.id,
					limits: limitsResource( limits ),
					sites: sites.map( ( s ) => ( {
						site_id: s.site.id,
						limits: limitsResource( s.limits ),
						usage: usageResource( s.site.usage ),
					} ) ),
				};
			},
		},
	},
];
