import { __ } from '../../i18n';
import { z } from 'zod';
import { DomainError } from '../../domain/errors';
import { checkout } from '../../services/checkout';
import { payRenewal } from '../../services/pay-renewal';
import { membershipOfPath, isAdmin } from '../access';
import { presentMembership } from '../present';
import { paymentResource, quoteResource } from '../../wire/resources';
import { loggedIn, RestResponse, withArgs } from '../rest-server';
import { flag, text } from '../schema';
import { refuse } from '../schemas/fields';
import { paymentMethodField } from '../schemas/payment-method';
import type { RouteDefinition } from './route-definition';

const checkoutArgs = z.object( {
	quote_id: text( { required: true, max: 100 } ),
	payment_method: paymentMethodField,
	allow_over_limits: flag(),
} );

const payRenewalArgs = z.object( { payment_method: paymentMethodField } );

/** Paying for a membership: the checkout of a quote, and a failed renewal paid by card. */
export const membershipPaymentRoutes: RouteDefinition[] = [
	{
		route: '/memberships/:id/checkout',
		endpoints: withArgs( checkoutArgs, {
			methods: [ 'POST' ],
			permission: loggedIn,
			// NOTE: synchronous on purpose — no await may split check, charge, apply and store (RULES Q3);
			// pinned by "Q3 twenty parallel checkouts" in tests/server/http/idempotency.test.ts.
			handler: ( request, ctx ) => {
				const membership = membershipOfPath( ctx, request );
				const allowOverLimits = request.args.allow_over_limits ?? false;
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
				refuse( {
					'Idempotency-Key':
						key !== undefined &&
						( key.length < 1 || key.length > 255 ) &&
						__(
							'The Idempotency-Key header must be 1–255 characters.',
							'wu-plan-change'
						),
				} );
				const answer = checkout(
					ctx,
					{
						membershipId: membership.id,
						quoteId: request.args.quote_id,
						paymentMethod: request.args.payment_method ?? null,
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
		} ),
	},
	{
		route: '/memberships/:id/pay-renewal',
		endpoints: withArgs( payRenewalArgs, {
			methods: [ 'POST' ],
			permission: loggedIn,
			// NOTE: synchronous like checkout: charge and apply in one transaction (tests/scenarios/pay-renewal.test.ts).
			handler: ( request, ctx ) => {
				const membership = membershipOfPath( ctx, request );
				const method = request.args.payment_method;
				refuse( {
					payment_method:
						( method === undefined &&
							__(
								'A card is needed to pay the renewal.',
								'wu-plan-change'
							) ) ||
						( method?.type === 'manual' &&
							__(
								'A failed renewal is paid with a card.',
								'wu-plan-change'
							) ),
				} );
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
		} ),
	},
];
