import { cancelScheduledChange } from '../../services/cancel-scheduled-change';
import { getLimits } from '../../services/get-limits';
import { getOptions } from '../../services/get-options';
import { repairMembership } from '../../services/repair-membership';
import { membershipOfPath } from '../access';
import { presentMembership } from '../present';
import {
	limitsResource,
	offerResource,
	usageResource,
} from '../../wire/resources';
import { loggedIn, networkAdmin, withArgs } from '../rest-server';
import { optionsArgs, repairArgs } from '../schemas/membership';
import { periodOf } from '../schemas/period';
import type { RouteDefinition } from './route-definition';

/** One membership: read it, the admin's repair, its offer, its scheduled change and its limits. */
export const membershipRoutes: RouteDefinition[] = [
	{
		route: '/memberships/:id',
		endpoints: {
			methods: [ 'GET' ],
			permission: loggedIn,
			handler: ( request, ctx ) =>
				presentMembership( ctx, membershipOfPath( ctx, request ) ),
		},
	},
	{
		// The admin's repair of a membership (API.md "Accounts and the edge", RULES R5).
		route: '/memberships/:id',
		endpoints: withArgs( repairArgs, {
			methods: [ 'PUT' ],
			permission: networkAdmin,
			handler: ( request, ctx ) => {
				const membership = membershipOfPath( ctx, request );
				return presentMembership(
					ctx,
					repairMembership( ctx, membership.id, {
						status: request.args.status,
						periodEnd: request.args.period_end,
						autoRenew: request.args.auto_renew,
					} )
				);
			},
		} ),
	},
	{
		route: '/memberships/:id/options',
		endpoints: withArgs( optionsArgs, {
			methods: [ 'GET' ],
			permission: loggedIn,
			handler: ( request, ctx ) => {
				const membership = membershipOfPath( ctx, request );
				return offerResource(
					getOptions(
						ctx,
						membership.id,
						periodOf( request.args ),
						request.args.plan_id
					),
					membership.currency
				);
			},
		} ),
	},
];

/** A membership's scheduled change and its limits. */
export const membershipStateRoutes: RouteDefinition[] = [
	{
		route: '/memberships/:id/scheduled-change',
		endpoints: {
			methods: [ 'DELETE' ],
			permission: loggedIn,
			handler: ( request, ctx ) => {
				const membership = membershipOfPath( ctx, request );
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
				const membership = membershipOfPath( ctx, request );
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
