import type { AppContext } from '../app-context';
import type { Payment } from '../../domain/payment';
import { completePayment } from '../../services/complete-payment';
import { findPayment } from '../../services/find-payment';
import { mayAccessCustomer, notFound } from '../access';
import { idParam } from '../id-param';
import { paymentResource, refundResource } from '../../wire/resources';
import { listRefunds } from '../../services/list-refunds';
import {
	HtmlResponse,
	loggedIn,
	networkAdmin,
	type RestRequest,
} from '../rest-server';
import { describeInvoice } from '../../services/describe-invoice';
import { renderInvoice } from '../invoice-page';
import { presentMembership } from '../present';
import type { RouteDefinition } from './route-definition';

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
		route: '/payments/:id',
		endpoints: {
			methods: [ 'GET' ],
			permission: loggedIn,
			handler: ( request, ctx ) => {
				const payment = accessiblePayment( ctx, request );
				return {
					...paymentResource( payment ),
					// RULES X3: the payment's refunds, oldest first.
					refunds: listRefunds( ctx, payment.id ).map(
						refundResource
					),
				};
			},
		},
	},
	{
		route: '/payments/:id/invoice',
		endpoints: {
			methods: [ 'GET' ],
			permission: loggedIn,
			handler: ( request, ctx ) => {
				const invoice = describeInvoice(
					ctx,
					accessiblePayment( ctx, request )
				);
				return new HtmlResponse(
					renderInvoice(
						invoice,
						invoice.locale ?? ctx.config.locale
					)
				);
			},
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
