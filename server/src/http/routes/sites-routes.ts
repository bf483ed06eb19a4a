import { __ } from '../../i18n';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import type { Site, SiteUsageValues } from '../../domain/site';
import { createSite } from '../../services/create-site';
import { findMembership } from '../../services/find-membership';
import { findSite } from '../../services/find-site';
import { isSitePathTaken } from '../../services/is-site-path-taken';
import { listSites } from '../../services/list-sites';
import { updateSiteUsage } from '../../services/update-site-usage';
import {
	callerCustomer,
	isAdmin,
	mayAccessCustomer,
	notFound,
} from '../access';
import { idParam } from '../id-param';
import { siteResource } from '../../wire/resources';
import {
	loggedIn,
	networkAdmin,
	RestResponse,
	withArgs,
	type RestRequest,
} from '../rest-server';
import { integer, text } from '../schema';
import { collectionArgs, pageOf, pageResponse } from '../schemas/collection';
import { usageBody, usageSchema } from '../schemas/usage';
import type { RouteDefinition } from './route-definition';

const PATH = /^\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/;

function accessibleSite( ctx: AppContext, request: RestRequest ): Site {
	const found = findSite( ctx, idParam( request.params ) );
	if ( ! found || ! mayAccessCustomer( ctx, request, found.customerId ) ) {
		throw notFound( 'site' );
	}
	return found.site;
}

const EMPTY_USAGE: SiteUsageValues = {
	posts: {},
	diskSpace: 0,
	users: 1,
	customDomains: 0,
	visits: 0,
};

const listArgs = collectionArgs( [ 'id', 'title', 'path' ] ).extend( {
	membership: integer( { min: 1 } ),
	customer: integer( { min: 1 } ),
} );

const newSiteArgs = z.object( {
	membership_id: integer( { required: true, min: 1 } ),
	title: text( { required: true, max: 200 } ),
	path: text( {
		required: true,
		max: 100,
		pattern: PATH,
		patternHint: () =>
			__(
				'path looks like /my-site/ (lowercase letters, digits, dashes).',
				'wu-plan-change'
			),
	} ),
	usage: usageSchema( 'usage' ),
} );

/** `/sites`: sites of memberships and their usage (admin writes, the owner reads). */
export const sitesRoutes: RouteDefinition[] = [
	{
		route: '/sites',
		endpoints: [
			withArgs( listArgs, {
				methods: [ 'GET' ],
				permission: loggedIn,
				handler: ( request, ctx ) => {
					const params = pageOf( request.args, { orderby: 'id' } );
					let customerId = request.args.customer;
					if ( ! isAdmin( request ) ) {
						const own = callerCustomer( ctx, request )?.id ?? -1;
						customerId =
							customerId === undefined || customerId === own
								? own
								: -1;
					}
					const { items, total } = listSites( ctx, {
						membershipId: request.args.membership,
						customerId,
						search: params.search,
						orderby: params.orderby as 'id',
						order: params.order,
						limit: params.perPage,
						offset: params.offset,
					} );
					return pageResponse(
						items.map( siteResource ),
						total,
						params,
						request.url()
					);
				},
			} ),
			withArgs( newSiteArgs, {
				methods: [ 'POST' ],
				permission: networkAdmin,
				validate: ( request, ctx ) => ( {
					membership_id:
						request.args.membership_id !== undefined &&
						! findMembership( ctx, request.args.membership_id ) &&
						__( 'No membership with this id.', 'wu-plan-change' ),
					path:
						request.args.path !== undefined &&
						isSitePathTaken( ctx, request.args.path ) &&
						__(
							'This path is already used by another site.',
							'wu-plan-change'
						),
				} ),
				handler: ( request, ctx ) => {
					const {
						membership_id: membershipId,
						title,
						path,
					} = request.args;
					const site = createSite( ctx, {
						membershipId,
						title,
						path,
						usage: { ...EMPTY_USAGE, ...request.args.usage },
					} );
					return new RestResponse( siteResource( site ), 201, {
						Location: `/wp-json/wu/v2/sites/${ site.id }`,
					} );
				},
			} ),
		],
	},
	{
		route: '/sites/:id',
		endpoints: {
			methods: [ 'GET' ],
			permission: loggedIn,
			handler: ( request, ctx ) =>
				siteResource( accessibleSite( ctx, request ) ),
		},
	},
	{
		route: '/sites/:id/usage',
		endpoints: withArgs( usageBody, {
			methods: [ 'PUT' ],
			permission: networkAdmin,
			handler: ( request, ctx ) => {
				const site = accessibleSite( ctx, request );
				return siteResource(
					updateSiteUsage( ctx, site.id, {
						...site.usage,
						...request.args,
					} )
				);
			},
		} ),
	},
];
