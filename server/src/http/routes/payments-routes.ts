import type { AppContext } from '../../context';
import type { Payment, PaymentStatus } from '../../db/payment-repository';
import { completePayment } from '../../services/complete-payment';
import { findPayment } from '../../services/find-payment';
import {
	callerCustomer,
	isAdmin,
	mayAccessCustomer,
	notFound,
} from '../access';
import { collectionResponse, readCollectionParams } from '../collection';
import { idParam } from '../params';
import { paymentResource } from '../resources';
import { loggedIn, networkAdmin, type RestRequest } from '../rest-server';
import { presentMembership } from './memberships-routes';
import type { RouteDefinition } from './index';

const STATUSES = [ 'pending', 'completed', 'failed', 'refunded' ] as const;

function accessiblePayment( ctx: AppContext, request: RestRequest ): Payment {
	const payment = findPayment( ctx, idParam( request.params ) );
	if (
		! payment ||
		! mayAccessCustomer( ctx, request, payment.customerId )
	) {
		throw notFound( 'payment' );
	}
	return payment;
}

/** `/payments`: the admin reads all and completes manual payments; a customer reads their own. */
export const paymentsRoutes: RouteDefinition[] = [
	{
		route: '/payments',
		endpoints: {
			methods: [ 'GET' ],
			permission: loggedIn,
			handler: ( request, ctx ) => {
				let customer: number | undefined;
				let membership: number | undefined;
				let status: PaymentStatus | undefined;
				const params = readCollectionParams(
					request.query,
					[ 'id', 'total', 'created_at' ],
					{ orderby: 'id', order: 'desc' },
					( reader ) => {
						customer = reader.integer( 'customer', { min: 1 } );
						membership = reader.integer( 'membership', { min: 1 } );
						status = reader.oneOf< PaymentStatus >(
							'status',
							STATUSES
						);
					}
				);
				if ( ! isAdmin( request ) ) {
					const own = callerCustomer( ctx, request )?.id ?? -1;
					customer =
						customer === undefined || customer === own ? own : -1;
				}
				const { items, total } = ctx.payments.list( {
					customerId: customer,
					membershipId: membership,
					status,
					search: params.search,
					orderby: params.orderby as 'id',
					order: params.order,
					limit: params.perPage,
					offset: params.offset,
				} );
				return collectionResponse(
					items.map( paymentResource ),
					total,
					params
				);
			},
		},
	},
	{
		route: '/payments/:id',
		endpoints: {
			methods: [ 'GET' ],
			permission: loggedIn,
			handler: ( request, ctx ) =>
				paymentResource( accessiblePayment( ctx, request ) ),
		},
	},
	{
		route: '/payments/:id/complete',
		endpoints: {
			methods: [ 'POST' ],
			permission: networkAdmin,
			handler: ( request, ctx ) => {
				const { payment, membership } = completePayment(
					ctx,
					idParam( request.params )
				);
				return {
					payment: paymentResource( payment ),
					membership: membership
						? presentMembership( ctx, membership )
						: null,
				};
			},
		},
	},
];
