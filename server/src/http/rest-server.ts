import type { AppContext } from './app-context';
import type { AuthUser } from './auth';
import type { z } from 'zod';
import { routeIndex, type Method, type RouteIndexEntry } from './rest-index';

export type { Method } from './rest-index';

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

/** A handler's answer that is an HTML page (an invoice), not JSON. */
export class HtmlResponse extends RestResponse {
	constructor(
		html: string,
		status = 200,
		headers: Record< string, string > = {}
	) {
		super( html, status, {
			'Content-Type': 'text/html; charset=utf-8',
			...headers,
		} );
	}
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
	/**
	 * Checks of the args against stored data (a taken username, a product the catalogue
	 * refuses), run after the schema even when a field failed it (`request.args` then holds the
	 * fields that read well): each problem is listed in the same `rest_invalid_param`.
	 */
	validate?: (
		request: RestRequest,
		ctx: AppContext
	) => Record< string, string | false | null | undefined >;
	handler: (
		request: RestRequest,
		ctx: AppContext
	) => unknown | Promise< unknown >;
}

/** A route as `register_rest_route` keeps it: its namespace, Express path and endpoints. */
export interface RegisteredRoute {
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

/** The registry of REST routes, as `register_rest_route` keeps them; `restRouter` serves them. */
export class RestServer {
	private readonly registered: RegisteredRoute[] = [];

	register(
		namespace: string,
		route: string,
		endpoints: RestEndpoint | RestEndpoint[]
	): void {
		this.registered.push( {
			namespace,
			route,
			endpoints: Array.isArray( endpoints ) ? endpoints : [ endpoints ],
		} );
	}

	/** Every registered route, in registration order (the first registered wins a request). */
	routes(): readonly RegisteredRoute[] {
		return this.registered;
	}

	namespaces(): string[] {
		return [ ...new Set( this.registered.map( ( r ) => r.namespace ) ) ];
	}

	/** The `/wp-json/` index (or one namespace's), listing routes, their methods and args. */
	index( rootUrl: string, namespace?: string ): Record< string, unknown > {
		const routes: Record< string, RouteIndexEntry > = routeIndex(
			this.registered.filter(
				( r ) => ! namespace || r.namespace === namespace
			)
		);
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
}

/** An endpoint whose handler sees `request.args` typed by its `args` schema. */
export function withArgs< S extends z.ZodType >(
	args: S,
	endpoint: Omit< RestEndpoint, 'args' | 'handler' | 'validate' > & {
		validate?: (
			request: RestRequest & { args: Partial< z.output< S > > },
			ctx: AppContext
		) => Record< string, string | false | null | undefined >;
		handler: (
			request: RestRequest & { args: z.output< S > },
			ctx: AppContext
		) => unknown | Promise< unknown >;
	}
): RestEndpoint {
	return { ...endpoint, args } as unknown as RestEndpoint;
}
