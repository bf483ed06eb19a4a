import { __ } from '../i18n';
import type { Request, RequestHandler, Response, NextFunction } from 'express';
import { DomainError } from '../domain/errors';
import { readSnapshot } from '../services/billing-deps';
import type { AppContext } from './app-context';
import type { AuthUser } from './auth';
import type { z } from 'zod';
import { parseArgs } from './schema';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What a REST handler sees of the request: no Express objects leak past this layer. */
export interface RestRequest {
	method: Method;
	params: Record< string, string >;
	query: Record< string, unknown >;
	body: Record< string, unknown >;
	/** The parsed JSON body as sent (an array for batch endpoints); `body` is {} unless it is an object. */
	json: unknown;
	/** The authenticated user; handlers behind `loggedIn`/`networkAdmin` may rely on it. */
	user: AuthUser | null;
	/** The endpoint's `args` as its schema read them: the body (POST/PUT/PATCH) or the query (GET/DELETE). */
	args: Record< string, unknown >;
	header: ( name: string ) => string | undefined;
	/** The request's absolute URL (for `Link` headers), built when asked. */
	url: () => string;
}

/** A handler's answer when it needs a status or headers beyond 200 + JSON. */
export class RestResponse {
	constructor(
		readonly body: unknown,
		readonly status = 200,
		readonly headers: Record< string, string > = {}
	) {}
}

export type Permission = ( request: RestRequest, ctx: AppContext ) => boolean;

export interface RestEndpoint {
	methods: Method[];
	/**
	 * The handler only reads: it runs in one read snapshot (`inReadSnapshot`), where a write is
	 * rolled back and fails the request. True by default for GET-only endpoints.
	 */
	readOnly?: boolean;
	/** Who may call it; a logged-out caller gets 401, another caller 403. */
	permission: Permission;
	/**
	 * The schema of the body (POST, PUT, PATCH) or of the query string (GET, DELETE), checked
	 * after the permission: a bad field answers `rest_invalid_param` naming each field; the
	 * parsed values reach the handler as `request.args`. Listed as `args` in the REST index.
	 */
	args?: z.ZodType;
	handler: (
		request: RestRequest,
		ctx: AppContext
	) => unknown | Promise< unknown >;
}

interface RegisteredRoute {
	namespace: string;
	route: string;
	endpoints: RestEndpoint[];
}

/** Anyone, logged in or not. */
export const everyone: Permission = () => true;
/** Any logged-in user. */
export const loggedIn: Permission = ( request ) => request.user !== null;
/** The network admin only. */
export const networkAdmin: Permission = ( request ) =>
	request.user?.role === 'network_admin';

/** WordPress's route notation for the index: `/products/:id` → `/products/(?P<id>[\d]+)`. */
function toWordPressPattern( route: string ): string {
	return route.replace( /:([a-z_]+)/g, ( _m, name: string ) =>
		name === 'id' || name.endsWith( '_id' )
			? `(?P<${ name }>[\\d]+)`
			: `(?P<${ name }>[\\w-]+)`
	);
}

/** The registry of REST routes, as `register_rest_route` keeps them, and their Express router. */
export class RestServer {
	private readonly routes: RegisteredRoute[] = [];

	register(
		namespace: string,
		route: string,
		endpoints: RestEndpoint | RestEndpoint[]
	): void {
		this.routes.push( {
			namespace,
			route,
			endpoints: Array.isArray( endpoints ) ? endpoints : [ endpoints ],
		} );
	}

	namespaces(): string[] {
		return [ ...new Set( this.routes.map( ( r ) => r.namespace ) ) ];
	}

	/** The `/wp-json/` index (or one namespace's), listing routes and their methods. */
	index( rootUrl: string, namespace?: string ): Record< string, unknown > {
		const routes: Record< string, unknown > = {};
		for ( const r of this.routes ) {
			if ( namespace && r.namespace !== namespace ) {
				continue;
			}
			// A route registered by two modules (GET in one, PUT in another) is listed once with both.
			const key = `/${ r.namespace }${ toWordPressPattern( r.route ) }`;
			const before = routes[ key ] as
				| { methods: Method[]; endpoints: { methods: Method[] }[] }
				| undefined;
			routes[ key ] = {
				namespace: r.namespace,
				methods: [
					...( before?.methods ?? [] ),
					...r.endpoints.flatMap( ( e ) => e.methods ),
				],
				endpoints: [
					...( before?.endpoints ?? [] ),
					...r.endpoints.map( ( e ) => ( { methods: e.methods } ) ),
				],
			};
		}
		return namespace
			? { namespace, routes }
			: {
					name: 'Ultimate Multisite (Node)',
					description:
						'Plan changes for a WordPress Multisite network',
					url: rootUrl,
					namespaces: this.namespaces(),
					authentication: {
						cookie: { nonce_header: 'X-WP-Nonce' },
						'application-passwords': {},
					},
					routes,
				};
	}

	/**
	 * One middleware serving every registered route under `/<namespace>/…`, as Express's router
	 * would (first registered wins, case-insensitive, an optional trailing slash, `:name` a
	 * non-empty segment, HEAD served by GET), but looked up by method and segment count instead
	 * of trying each route's pattern in turn (docs/benchmarks.md). OPTIONS answers the methods
	 * of the matching path in `Allow`.
	 */
	router( ctx: AppContext ): RequestHandler {
		const table = new Map< string, CompiledRoute[] >();
		for ( const r of this.routes ) {
			const segments = `${ r.namespace }${ r.route }`
				.split( '/' )
				.map( ( part ) =>
					part.startsWith( ':' )
						? { param: part.slice( 1 ) }
						: part.toLowerCase()
				);
			for ( const endpoint of r.endpoints ) {
				for ( const method of endpoint.methods ) {
					const key = `${ method } ${ segments.length }`;
					table.set( key, [
						...( table.get( key ) ?? [] ),
						{ segments, endpoint },
					] );
				}
			}
		}
		const lookup = (
			method: string,
			parts: string[]
		): {
			endpoint: RestEndpoint;
			params: Record< string, string >;
		} | null => {
			for ( const candidate of table.get(
				`${ method } ${ parts.length }`
			) ?? [] ) {
				const params = matchSegments( candidate.segments, parts );
				if ( params ) {
					return { endpoint: candidate.endpoint, params };
				}
			}
			return null;
		};
		return ( req, res, next ) => {
			let path = req.path;
			if ( path.length > 1 && path.endsWith( '/' ) ) {
				path = path.slice( 0, -1 );
			}
			const parts = path.slice( 1 ).split( '/' );
			if ( req.method === 'OPTIONS' ) {
				const allowed = (
					[ 'GET', 'POST', 'PUT', 'PATCH', 'DELETE' ] as const
				 ).filter( ( method ) => lookup( method, parts ) );
				if ( allowed.length === 0 ) {
					next();
					return;
				}
				res.set(
					'Allow',
					[
						...allowed,
						...( allowed.includes( 'GET' ) ? [ 'HEAD' ] : [] ),
					].join( ', ' )
				)
					.status( 200 )
					.end();
				return;
			}
			const found =
				lookup( req.method, parts ) ??
				( req.method === 'HEAD' ? lookup( 'GET', parts ) : null );
			if ( ! found ) {
				next();
				return;
			}
			void handle( found.endpoint, ctx, found.params, req, res, next );
		};
	}
}

interface CompiledRoute {
	/** Lower-case literal segments, or a named parameter. */
	segments: ( string | { param: string } )[];
	endpoint: RestEndpoint;
}

/** The parameters when `parts` (a request path split on `/`) match the route's segments, else null. */
function matchSegments(
	segments: CompiledRoute[ 'segments' ],
	parts: string[]
): Record< string, string > | null {
	const params: Record< string, string > = {};
	for ( let i = 0; i < segments.length; i++ ) {
		const segment = segments[ i ];
		const part = parts[ i ];
		if ( typeof segment === 'string' ) {
			if ( segment !== part && segment !== part.toLowerCase() ) {
				return null;
			}
		} else if ( part === '' ) {
			return null;
		} else {
			params[ segment.param ] = part;
		}
	}
	for ( const name of Object.keys( params ) ) {
		params[ name ] = decodeParam( params[ name ] );
	}
	return params;
}

/** A path parameter percent-decoded, as Express does; a malformed escape is kept as sent (ids refuse it). */
function decodeParam( value: string ): string {
	if ( ! value.includes( '%' ) ) {
		return value;
	}
	try {
		return decodeURIComponent( value );
	} catch {
		return value;
	}
}

/** A JSON answer written at once: the same bytes and headers as `res.json`, without its detours. */
function sendJson( res: Response, status: number, body: unknown ): void {
	const text = JSON.stringify( body ) ?? '';
	res.statusCode = status;
	res.setHeader( 'Content-Type', 'application/json; charset=utf-8' );
	res.setHeader( 'Content-Length', Buffer.byteLength( text ) );
	res.end( text );
}

async function handle(
	endpoint: RestEndpoint,
	ctx: AppContext,
	params: Record< string, string >,
	req: Request,
	res: Response,
	next: NextFunction
) {
	try {
		const request: RestRequest = {
			method: req.method as Method,
			params,
			query: req.query as Record< string, unknown >,
			body: isPlainObject( req.body ) ? req.body : {},
			json: req.body,
			user: res.locals.user ?? null,
			args: {},
			header: ( name ) => req.get( name ) ?? undefined,
			url: () =>
				`${ req.protocol }://${ req.get( 'host' ) }${ req.originalUrl }`,
		};
		if ( ! endpoint.permission( request, ctx ) ) {
			throw request.user
				? new DomainError(
						'forbidden',
						'rest_forbidden',
						__(
							'Sorry, you are not allowed to do that.',
							'wu-plan-change'
						)
					)
				: new DomainError(
						'unauthenticated',
						'rest_not_logged_in',
						__(
							'You are not currently logged in.',
							'wu-plan-change'
						)
					);
		}
		if ( endpoint.args ) {
			request.args = parseArgs(
				endpoint.args,
				[ 'GET', 'HEAD', 'DELETE' ].includes( req.method )
					? request.query
					: request.body
			) as Record< string, unknown >;
		}
		const readOnly =
			endpoint.readOnly ??
			endpoint.methods.every( ( method ) => method === 'GET' );
		const result = await ( readOnly
			? readSnapshot( ctx, () => endpoint.handler( request, ctx ) )
			: endpoint.handler( request, ctx ) );
		if ( result instanceof RestResponse ) {
			res.set( result.headers );
			if ( result.status === 204 ) {
				res.status( 204 ).end();
			} else {
				sendJson( res, result.status, result.body );
			}
			return;
		}
		sendJson( res, 200, result );
	} catch ( error ) {
		next( error );
	}
}

function isPlainObject( value: unknown ): value is Record< string, unknown > {
	return (
		typeof value === 'object' && value !== null && ! Array.isArray( value )
	);
}
