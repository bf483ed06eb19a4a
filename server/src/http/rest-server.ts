import { __ } from '../i18n';
import express, { type Request, type Response, type NextFunction } from 'express';
import { DomainError } from '../domain/errors';
import type { AppContext } from '../context';
import type { AuthUser } from './auth';

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
	header( name: string ): string | undefined;
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
	/** Who may call it; a logged-out caller gets 401, another caller 403. */
	permission: Permission;
	handler: ( request: RestRequest, ctx: AppContext ) => unknown | Promise< unknown >;
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
export const networkAdmin: Permission = ( request ) => request.user?.role === 'network_admin';

/** WordPress's route notation for the index: `/products/:id` → `/products/(?P<id>[\d]+)`. */
function toWordPressPattern( route: string ): string {
	return route.replace( /:([a-z_]+)/g, ( _m, name: string ) =>
		name === 'id' || name.endsWith( '_id' ) ? `(?P<${ name }>[\\d]+)` : `(?P<${ name }>[\\w-]+)`
	);
}

/** The registry of REST routes, as `register_rest_route` keeps them, and their Express router. */
export class RestServer {
	private readonly routes: RegisteredRoute[] = [];

	register( namespace: string, route: string, endpoints: RestEndpoint | RestEndpoint[] ): void {
		this.routes.push( { namespace, route, endpoints: Array.isArray( endpoints ) ? endpoints : [ endpoints ] } );
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
			const before = routes[ key ] as { methods: Method[]; endpoints: { methods: Method[] }[] } | undefined;
			routes[ key ] = {
				namespace: r.namespace,
				methods: [ ...( before?.methods ?? [] ), ...r.endpoints.flatMap( ( e ) => e.methods ) ],
				endpoints: [ ...( before?.endpoints ?? [] ), ...r.endpoints.map( ( e ) => ( { methods: e.methods } ) ) ],
			};
		}
		return namespace
			? { namespace, routes }
			: {
					name: 'Ultimate Multisite (Node)',
					description: 'Plan changes for a WordPress Multisite network',
					url: rootUrl,
					namespaces: this.namespaces(),
					authentication: { cookie: { nonce_header: 'X-WP-Nonce' }, 'application-passwords': {} },
					routes,
			  };
	}

	/** An Express router serving every registered route under `/<namespace>/…`. */
	router( ctx: AppContext ): express.Router {
		const router = express.Router();
		for ( const r of this.routes ) {
			for ( const endpoint of r.endpoints ) {
				for ( const method of endpoint.methods ) {
					const verb = method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
					router[ verb ]( `/${ r.namespace }${ r.route }`, ( req, res, next ) =>
						handle( endpoint, ctx, req, res, next )
					);
				}
			}
		}
		return router;
	}
}

async function handle( endpoint: RestEndpoint, ctx: AppContext, req: Request, res: Response, next: NextFunction ) {
	try {
		const request: RestRequest = {
			method: req.method as Method,
			params: req.params as Record< string, string >,
			query: req.query as Record< string, unknown >,
			body: isPlainObject( req.body ) ? req.body : {},
			json: req.body,
			user: res.locals.user ?? null,
			header: ( name ) => req.get( name ) ?? undefined,
		};
		if ( ! endpoint.permission( request, ctx ) ) {
			throw request.user
				? new DomainError( 'forbidden', 'rest_forbidden', __( 'Sorry, you are not allowed to do that.', 'wu-plan-change' ) )
				: new DomainError( 'unauthenticated', 'rest_not_logged_in', __( 'You are not currently logged in.', 'wu-plan-change' ) );
		}
		const result = await endpoint.handler( request, ctx );
		if ( result instanceof RestResponse ) {
			res.status( result.status ).set( result.headers );
			if ( result.status === 204 ) {
				res.end();
			} else {
				res.json( result.body );
			}
			return;
		}
		res.json( result );
	} catch ( error ) {
		next( error );
	}
}

function isPlainObject( value: unknown ): value is Record< string, unknown > {
	return typeof value === 'object' && value !== null && ! Array.isArray( value );
}
