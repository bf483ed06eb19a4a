import { __ } from '../../i18n';
import { createMembership } from '../../services/create-membership';
import { findCustomer } from '../../services/find-customer';
import { presentMembership } from '../present';
import { networkAdmin, RestResponse, withArgs } from '../rest-server';
import { newMembershipArgs } from '../schemas/membership';
import { periodOf } from '../schemas/period';
import type { RouteDefinition } from './route-definition';

/** `POST /memberships`: the network admin opens a membership for a customer. */
export const membershipCreateRoutes: RouteDefinition[] = [
	{
		route: '/memberships',
		endpoints: withArgs( newMembershipArgs, {
			methods: [ 'POST' ],
			permission: networkAdmin,
			validate: ( request, ctx ) => ( {
				customer_id:
					request.args.customer_id !== undefined &&
					! findCustomer( ctx, request.args.customer_id ) &&
					__( 'No customer with this id.', 'wu-plan-change' ),
			} ),
			handler: ( request, ctx ) => {
				const args = request.args;
				const membership = createMembership( ctx, {
					customerId: args.customer_id,
					planId: args.plan_id,
					period: periodOf( args ),
					addons: args.addons ?? [],
					status: args.status ?? 'active',
					periodStart: args.period_start,
					trialEnd: args.trial_end,
					autoRenew: args.auto_renew ?? true,
				} );
				return new RestResponse(
					presentMembership( ctx, membership ),
					201,
					{
						Location: `/wp-json/wu/v2/memberships/${ membership.id }`,
					}
				);
			},
		} ),
	},
];
