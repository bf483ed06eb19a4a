import { listOverLimitApprovals } from '../../services/list-over-limit-approvals';
import { overLimitsOfHolding } from '../../services/over-limits-of-change';
import { membershipOfPath } from '../access';
import { loggedIn } from '../rest-server';
import type { RouteDefinition } from './route-definition';

/**
 * `GET /memberships/{id}/notes`: what was done to a membership that its screen should say, newest
 * first; for now the changes the network admin applied over the limits (RULES L4,
 * `allow_over_limits`): `[{kind: "over_limits_applied", quote_id, user_id, name, at, over_limits}]`.
 */
export const membershipNotesRoutes: RouteDefinition[] = [
	{
		route: '/memberships/:id/notes',
		endpoints: {
			methods: [ 'GET' ],
			permission: loggedIn,
			handler: ( request, ctx ) => {
				const membership = membershipOfPath( ctx, request );
				return listOverLimitApprovals( ctx, membership.id ).map(
					( stored ) => {
						const approval = stored.quote.overLimitsApproval!;
						return {
							kind: 'over_limits_applied',
							quote_id: stored.id,
							user_id: approval.userId,
							name: approval.name,
							at: approval.at,
							over_limits: stored.quote.overLimits ?? [],
						};
					}
				);
			},
		},
	},
	{
		// RULES L4: what the scheduled change, once applied, leaves above its limits (the Account page says what to remove by then).
		route: '/memberships/:id/scheduled-over-limits',
		endpoints: {
			methods: [ 'GET' ],
			permission: loggedIn,
			handler: ( request, ctx ) => {
				const membership = membershipOfPath( ctx, request );
				const change = membership.scheduledChange;
				return {
					membership_id: membership.id,
					effective_at: change?.effectiveAt ?? null,
					over_limits: change
						? overLimitsOfHolding( ctx, membership, {
								planId: change.planId,
								addons: change.addons,
							} )
						: [],
				};
			},
		},
	},
];
