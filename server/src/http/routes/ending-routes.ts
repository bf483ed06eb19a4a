import { __ } from '../../i18n';
import { z } from 'zod';
import { DomainError } from '../../domain/errors';
import { adjustWallet } from '../../services/adjust-wallet';
import { cancelMembership } from '../../services/cancel-membership';
import { findPayment } from '../../services/find-payment';
import { findCustomer } from '../../services/find-customer';
import { previewCancellation } from '../../services/preview-cancellation';
import { refundPayment } from '../../services/refund-payment';
import { undoCancellation } from '../../services/undo-cancellation';
import { isAdmin, membershipOfPath, notFound } from '../access';
import { idParam } from '../id-param';
import { presentCustomer, presentMembership } from '../present';
import {
	paymentResource,
	refundResource,
	walletEntryResource,
} from '../../wire/resources';
import { loggedIn, networkAdmin, RestResponse, withArgs } from '../rest-server';
import { integer, labelled, oneOf, text } from '../schema';
import { refuse } from '../schemas/fields';
import type { RouteDefinition } from './route-definition';

/** Most minor units one refund or hand entry may move (as product amounts, docs/rest-api.md). */
const MAX_AMOUNT = 1_000_000_000;

const cancelArgs = z.object( {
	when: oneOf( [ 'period_end', 'now' ] as const, { required: true } ),
	refund: oneOf( [ 'none', 'wallet', 'card' ] as const ),
} );

const refundArgs = z.object( {
	amount: integer( { min: 1, max: MAX_AMOUNT } ),
	to: labelled(
		oneOf( [ 'card', 'wallet' ] as const, { required: true } ),
		'refund_to'
	),
	reason: text( { max: 500 } ),
} );

const walletArgs = z.object( {
	amount: integer( { required: true, min: -MAX_AMOUNT, max: MAX_AMOUNT } ),
	reason: text( { required: true, max: 500 } ),
} );

function forbidden( message: string ): DomainError {
	return new DomainError( 'forbidden', 'rest_forbidden', message );
}

/** Cancelling a membership (RULES X1, X2): the owner at the period end, the admin also now with a refund. */
export const cancelRoutes: RouteDefinition[] = [
	{
		route: '/memberships/:id/cancel',
		endpoints: [
			{
				// What a cancellation would give back now, for the confirm dialogs.
				methods: [ 'GET' ],
				permission: loggedIn,
				handler: ( request, ctx ) => {
					const p = previewCancellation(
						ctx,
						membershipOfPath( ctx, request ).id
					);
					return {
						membership_id: p.membershipId,
						period_end: p.periodEnd,
						cancel_at: p.cancelAt,
						unused_amount: p.unusedAmount,
						card_amount: p.cardAmount,
						currency: p.currency,
						drops_scheduled_change: p.dropsScheduledChange,
					};
				},
			},
			withArgs( cancelArgs, {
				methods: [ 'POST' ],
				permission: loggedIn,
				handler: ( request, ctx ) => {
					const membership = membershipOfPath( ctx, request );
					const { when } = request.args;
					const refund = request.args.refund ?? 'none';
					if (
						! isAdmin( request ) &&
						( when === 'now' || refund !== 'none' )
					) {
						throw forbidden(
							__(
								'Only the network admin may end a membership now or refund it; you can cancel at the end of the period.',
								'wu-plan-change'
							)
						);
					}
					refuse( {
						refund:
							when === 'period_end' &&
							refund !== 'none' &&
							__(
								'A refund is only made when cancelling now; nothing is refunded at the period end.',
								'wu-plan-change'
							),
					} );
					const { membership: after, settlement } = cancelMembership(
						ctx,
						{
							membershipId: membership.id,
							when,
							refund,
							actorUserId: request.user!.id,
						}
					);
					return {
						...presentMembership( ctx, after ),
						settlement: settlement && {
							refund: settlement.refund,
							unused_amount: settlement.unusedAmount,
							to_card: settlement.toCard,
							to_wallet: settlement.toWallet,
							currency: settlement.currency,
							refunds: settlement.refunds.map( refundResource ),
						},
					};
				},
			} ),
			{
				methods: [ 'DELETE' ],
				permission: loggedIn,
				handler: ( request, ctx ) =>
					presentMembership(
						ctx,
						undoCancellation(
							ctx,
							membershipOfPath( ctx, request ).id
						)
					),
			},
		],
	},
];

/** Money back by hand (RULES X3, X4): refunds of payments and wallet entries, the network admin's only. */
export const moneyBackRoutes: RouteDefinition[] = [
	{
		route: '/payments/:id/refund',
		endpoints: withArgs( refundArgs, {
			methods: [ 'POST' ],
			permission: networkAdmin,
			// NOTE: synchronous like checkout: check, refund and record in one transaction (X3, idempotent).
			handler: ( request, ctx ) => {
				const id = idParam( request.params );
				if ( ! findPayment( ctx, id ) ) {
					throw notFound( 'payment' );
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
				const answer = refundPayment(
					ctx,
					{
						paymentId: id,
						amount: request.args.amount,
						to: request.args.to,
						reason: request.args.reason,
						actorUserId: request.user!.id,
						idempotencyKey: key,
						requestFingerprint: `refund ${ id }\n${ JSON.stringify( request.body ) }`,
					},
					( result ) => ( {
						...paymentResource( result.payment ),
						refunds: result.refunds.map( refundResource ),
						refund: refundResource( result.refund ),
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
		route: '/customers/:id/wallet',
		endpoints: withArgs( walletArgs, {
			methods: [ 'POST' ],
			permission: networkAdmin,
			handler: ( request, ctx ) => {
				const customer = findCustomer( ctx, idParam( request.params ) );
				if ( ! customer ) {
					throw notFound( 'customer' );
				}
				const { entry, balance } = adjustWallet( ctx, {
					customerId: customer.id,
					amount: request.args.amount,
					reason: request.args.reason,
					actorUserId: request.user!.id,
				} );
				return new RestResponse(
					{
						entry: walletEntryResource( {
							...entry,
							balanceAfter: balance,
							actor: {
								id: request.user!.id,
								name: request.user!.displayName,
							},
						} ),
						customer: presentCustomer( ctx, customer ),
					},
					201
				);
			},
		} ),
	},
];
