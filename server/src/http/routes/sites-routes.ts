import { __, sprintf } from '../../i18n';
import type { AppContext } from '../app-context';
import type { Site, SiteUsageValues } from '../../domain/site';
import { isPostTypeName, mapOf } from '../../domain/post-types';
import { createSite } from '../../services/create-site';
import { updateSiteUsage } from '../../services/update-site-usage';
import {
	callerCustomer,
	isAdmin,
	mayAccessCustomer,
	notFound,
} from '../access';
import { collectionResponse, readCollectionParams } from '../collection';
import { idParam, ParamReader } from '../params';
import { siteResource } from '../resources';
import {
	loggedIn,
	networkAdmin,
	RestResponse,
	type RestRequest,
} from '../rest-server';
import type { RouteDefinition } from './route-definition';

const PATH = /^\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/;

function accessibleSite( ctx: AppContext, request: RestRequest ): Site {
	const site = ctx.sites.find( idParam( request.params ) );
	const membership = site ? ctx.memberships.find( site.membershipId ) : null;
	if (
		! site ||
		! membership ||
		! mayAccessCustomer( ctx, request, membership.customerId )
	) {
		throw notFound( 'site' );
	}
	return site;
}

function count(
	reader: ParamReader,
	source: Record< string, unknown >,
	field: string,
	fallback: number
): number {
	const value = source[ field ];
	if ( value === undefined ) {
		return fallback;
	}
	if ( ! Number.isSafeInteger( value ) || ( value as number ) < 0 ) {
		reader.fail(
			`usage.${ field }`,
			sprintf(
				/* translators: %s: usage field, e.g. disk_space */ __(
					'usage.%s must be a whole number ≥ 0.',
					'wu-plan-change'
				),
				field
			)
		);
		return fallback;
	}
	return value as number;
}

/** Reads a usage object over `base`; each bad part is named `usage.<field>`. */
function readUsage(
	reader: ParamReader,
	raw: unknown,
	base: SiteUsageValues
): SiteUsageValues {
	if ( raw === undefined ) {
		return base;
	}
	if ( typeof raw !== 'object' || raw === null || Array.isArray( raw ) ) {
		reader.fail(
			'usage',
			__( 'usage must be an object.', 'wu-plan-change' )
		);
		return base;
	}
	const source = raw as Record< string, unknown >;
	let posts = base.posts;
	if ( source.posts !== undefined ) {
		const p = source.posts as Record< string, unknown >;
		if (
			typeof p !== 'object' ||
			p === null ||
			Array.isArray( p ) ||
			! Object.entries( p ).every(
				( [ k, v ] ) =>
					isPostTypeName( k ) &&
					Number.isSafeInteger( v ) &&
					( v as number ) >= 0
			)
		) {
			reader.fail(
				'usage.posts',
				__(
					'usage.posts maps post types (1–20 characters of a–z, 0–9, _ and -) to whole numbers ≥ 0.',
					'wu-plan-change'
				)
			);
		} else {
			posts = mapOf( Object.entries( p as Record< string, number > ) );
		}
	}
	return {
		posts,
		diskSpace: count( reader, source, 'disk_space', base.diskSpace ),
		users: count( reader, source, 'users', base.users ),
		customDomains: count(
			reader,
			source,
			'custom_domains',
			base.customDomains
		),
		visits: count( reader, source, 'visits', base.visits ),
	};
}

const EMPTY_USAGE: SiteUsageValues = {
	posts: {},
	diskSpace: 0,
	users: 1,
	customDomains: 0,
	visits: 0,
};

/** `/sites`: sites of memberships and their usage (admin writes, the owner reads). */
export const sitesRoutes: RouteDefinition[] = [
	{
		route: '/sites',
		endpoints: [
			{
				methods: [ 'GET' ],
				permission: loggedIn,
				handler: ( request, ctx ) => {
					let membership: number | undefined;
					let customerId: number | undefined;
					const params = readCollectionParams(
						request.query,
						[ 'id', 'title', 'path' ],
						{ orderby: 'id' },
						( reader ) => {
							membership = reader.integer( 'membership', {
								min: 1,
							} );
							customerId = reader.integer( 'customer', {
								min: 1,
							} );
						}
					);
					if ( ! isAdmin( request ) ) {
						const own = callerCustomer( ctx, request )?.id ?? -1;
						customerId =
							customerId === undefined || customerId === own
								? own
								: -1;
					}
					const { items, total } = ctx.sites.list( {
						membershipId: membership,
						customerId,
						search: params.search,
						orderby: params.orderby as 'id',
						order: params.order,
						limit: params.perPage,
						offset: params.offset,
					} );
					return collectionResponse(
						items.map( siteResource ),
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
					const membershipId = reader.integer( 'membership_id', {
						required: true,
						min: 1,
					} );
					const title = reader.string( 'title', {
						required: true,
						max: 200,
					} );
					const path = reader.string( 'path', {
						required: true,
						max: 100,
						pattern: PATH,
						patternHint: __(
							'path looks like /my-site/ (lowercase letters, digits, dashes).',
							'wu-plan-change'
						),
					} );
					const usage = readUsage(
						reader,
						reader.raw( 'usage' ),
						EMPTY_USAGE
					);
					if (
						membershipId !== undefined &&
						! ctx.memberships.find( membershipId )
					) {
						reader.fail(
							'membership_id',
							__(
								'No membership with this id.',
								'wu-plan-change'
							)
						);
					}
					if ( path && ctx.sites.pathTaken( path ) ) {
						reader.fail(
							'path',
							__(
								'This path is already used by another site.',
								'wu-plan-change'
							)
						);
					}
					reader.done();
					const site = createSite( ctx, {
						membershipId: membershipId as number,
						title: title as string,
						path: path as string,
						usage,
					} );
					return new RestResponse( siteResource( site ), 201, {
						Location: `/wp-json/wu/v2/sites/${ site.id }`,
					} );
				},
			},
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
		endpoints: {
			methods: [ 'PUT' ],
			permission: networkAdmin,
			handler: ( request, ctx ) => {
				const site = accessibleSite( ctx, request );
				const reader = new ParamReader( request.body );
				const usage = readUsage( reader, request.body, site.usage );
				reader.done();
				return siteResource( updateSiteUsage( ctx, site.id, usage ) );
			},
		},
	},
];
