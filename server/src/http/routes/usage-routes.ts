import { __ } from '../../i18n';
import { z } from 'zod';
import {
	MEMBERSHIP_ACTIONS,
	SITE_ACTIONS,
	type ActionAllowed,
} from '../../domain/check-action';
import { POST_TYPE_NAME } from '../../domain/post-types';
import {
	checkMembershipAction,
	checkSiteAction,
} from '../../services/check-limit';
import { getSiteLimits } from '../../services/get-site-limits';
import { recordVisits } from '../../services/record-visits';
import {
	setMembershipOverride,
	setSiteOverride,
} from '../../services/set-limit-override';
import type { Actor } from '../../services/usage-deps';
import { readLimits } from '../limits-param';
import { idParam } from '../id-param';
import {
	loggedIn,
	networkAdmin,
	withArgs,
	type RestRequest,
} from '../rest-server';
import { integer, oneOf, text } from '../schema';
import { crossCheck, requiredMessage } from '../schemas/fields';
import { readVisits } from '../visits-body';
import type { RouteDefinition } from './route-definition';

export { readVisits } from '../visits-body';

function actorOf( request: RestRequest ): Actor {
	const user = request.user!;
	return { userId: user.id, isAdmin: user.role === 'network_admin' };
}

const siteCanArgs = crossCheck(
	z.object( {
		action: oneOf( SITE_ACTIONS, { required: true } ),
		post_type: text( {
			max: 20,
			pattern: POST_TYPE_NAME,
			patternHint: () =>
				__(
					'post_type is 1–20 characters of a–z, 0–9, _ and -.',
					'wu-plan-change'
				),
		} ),
		size: integer( { min: 1, max: 1_000_000 } ),
		visitor: text( { max: 200 } ),
	} ),
	// An upload names its size.
	( fields ) =>
		fields.action === 'upload' &&
		( fields.size === undefined || fields.size === '' )
			? [ [ 'size', requiredMessage( 'size' ) ] ]
			: []
);

const membershipCanArgs = z.object( {
	action: oneOf( MEMBERSHIP_ACTIONS, { required: true } ),
} );

/** The yes answer on the wire: `{allowed: true, action, limit, usage, remaining, post_type?}`. */
function present( answer: ActionAllowed ): ActionAllowed {
	return answer;
}

/**
 * Metering and enforcement (RULES L1–L3, docs/rest-api.md "Limits in force"): visits ingestion,
 * "may this site / membership do X?", the limits in force for a site, admin overrides.
 */
export const usageRoutes: RouteDefinition[] = [
	{
		route: '/visits',
		endpoints: {
			methods: [ 'POST' ],
			permission: networkAdmin,
			handler: ( request, ctx ) => {
				const entries = readVisits(
					request.json,
					Date.parse( ctx.clock.now() )
				);
				const result = recordVisits( ctx, entries );
				return {
					recorded: result.recorded,
					duplicates: result.duplicates,
					over_limit: result.overLimit,
				};
			},
		},
	},
	{
		route: '/sites/:id/can',
		endpoints: withArgs( siteCanArgs, {
			methods: [ 'GET' ],
			permission: loggedIn,
			handler: ( request, ctx ) => {
				const siteId = idParam( request.params );
				const {
					action,
					post_type: postType,
					size,
					visitor,
				} = request.args;
				return present(
					checkSiteAction(
						ctx,
						{
							siteId,
							action,
							postType:
								action === 'create_post'
									? ( postType ?? 'post' )
									: undefined,
							size,
							visitor: visitor || undefined,
						},
						actorOf( request )
					)
				);
			},
		} ),
	},
	{
		route: '/memberships/:id/can',
		endpoints: withArgs( membershipCanArgs, {
			methods: [ 'GET' ],
			permission: loggedIn,
			handler: ( request, ctx ) => {
				const membershipId = idParam( request.params );
				return present(
					checkMembershipAction(
						ctx,
						membershipId,
						request.args.action,
						actorOf( request )
					)
				);
			},
		} ),
	},
	{
		route: '/memberships/:id/limits',
		endpoints: {
			methods: [ 'PUT' ],
			permission: networkAdmin,
			handler: ( request, ctx ) => {
				const membershipId = idParam( request.params );
				const result = setMembershipOverride(
					ctx,
					membershipId,
					readLimits( request.json, { allowSites: true } )
				);
				return {
					membership_id: membershipId,
					override: result.override,
					limits: result.limits,
				};
			},
		},
	},
	{
		route: '/sites/:id/limits',
		endpoints: [
			{
				methods: [ 'GET' ],
				permission: loggedIn,
				handler: ( request, ctx ) => {
					const view = getSiteLimits(
						ctx,
						idParam( request.params ),
						actorOf( request )
					);
					return {
						site_id: view.siteId,
						membership_id: view.membershipId,
						month: view.month,
						limits: view.limits,
						override: view.override,
						usage: view.usage,
					};
				},
			},
			{
				methods: [ 'PUT' ],
				permission: networkAdmin,
				handler: ( request, ctx ) => {
					const siteId = idParam( request.params );
					const result = setSiteOverride(
						ctx,
						siteId,
						readLimits( request.json, { allowSites: false } )
					);
					return {
						site_id: siteId,
						override: result.override,
						limits: result.limits,
					};
				},
			},
		],
	},
];
