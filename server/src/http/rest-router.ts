import { __ } from '../i18n';
import express, {
	type ErrorRequestHandler,
	type NextFunction,
	type Request,
	type Response,
	type Router,
} from 'express';
import { DomainError, invalidParams } from '../domain/errors';
import { readSnapshot } from '../services/billing-deps';
import type { AppContext } from './app-context';
import { routeIndex } from './rest-index';
import {
	HtmlResponse,
	RestResponse,
	type Method,
	type RegisteredRoute,
	type RestEndpoint,
	type RestRequest,
	type RestServer,
} from './rest-server';
import { readArgs } from './schema';

/**
 * Express's router over every registered route under `/<namespace>/…`: first registered wins,
 * any case, an optional trailing slash, `:name` a non-empty decoded segment, HEAD served by GET.
 * `OPTIONS` on a route answers as WordPress does: the methods in `Allow` and the route's index
 * entry (`namespace`, `methods`, `endpoints: [{methods, args}]`) as the body.
 */
export function restRouter( rest: RestServer, ctx: AppContext ): Router {
	const router = express.Router( { caseSensitive: false } );
	const byPath = new Map< string, RegisteredRoute[] >();
	for ( const r of rest.routes() ) {
		const path = `/${ r.namespace }${ r.route }`;
		const route = router.route( path );
		for ( const endpoint of r.endpoints ) {
			for ( const method of endpoint.methods ) {
				route[ method.toLowerCase() as Lowercase< Method > ](
					( req: Request, res: Response, next: NextFunction ) =>
						void handle( endpoint, ctx, req, res, next )
				);
			}
		}
		const key = path.toLowerCase();
		byPath.set( key, [ ...( byPath.get( key ) ?? [] ), r ] );
	}
	for ( const [ path, routes ] of byPath ) {
		const entry = Object.values( routeIndex( routes ) )[ 0 ];
		const methods = [ ...new Set( entry.methods ) ];
		const allow = [
			...methods,
			...( methods.includes( 'GET' ) ? [ 'HEAD' ] : [] ),
		].join( ', ' );
		router.options( path, ( _req, res ) => {
			res.set( 'Allow', allow ).json( entry );
		} );
	}
	router.use( malformedParam );
	return router;
}

/**
 * A path parameter with a malformed percent escape (`/products/%E0%A4%A`) names no item: 404
 * `rest_not_found`, as an id that does not exist, instead of the router's bare 400.
 */
const malformedParam: ErrorRequestHandler = ( error, _req, _res, next ) => {
	next(
		error instanceof URIError
			? new DomainError(
					'not_found',
					'rest_not_found',
					__( 'No item was found with that id.', 'wu-plan-change' )
				)
			: error
	);
};

function permissionDenied( request: RestRequest ): DomainError {
	return request.user
		? new DomainError(
				'forbidden',
				'rest_forbidden',
				__( 'Sorry, you are not allowed to do that.', 'wu-plan-change' )
			)
		: new DomainError(
				'unauthenticated',
				'rest_not_logged_in',
				__( 'You are not currently logged in.', 'wu-plan-change' )
			);
}

/** Runs one endpoint: permission, then its args schema, then the handler (in a read snapshot when it only reads). */
async function handle(
	endpoint: RestEndpoint,
	ctx: AppContext,
	req: Request,
	res: Response,
	next: NextFunction
) {
	try {
		const request: RestRequest = {
			method: ( req.method === 'HEAD' ? 'GET' : req.method ) as Method,
			params: req.params as Record< string, string >,
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
			throw permissionDenied( request );
		}
		if ( endpoint.args ) {
			readRequestArgs( endpoint, request, ctx );
		}
		const readOnly =
			endpoint.readOnly ??
			endpoint.methods.every( ( method ) => method === 'GET' );
		const result = await ( readOnly
			? readSnapshot( ctx, () => endpoint.handler( request, ctx ) )
			: endpoint.handler( request, ctx ) );
		if ( ! ( result instanceof RestResponse ) ) {
			res.json( result );
		} else if ( result instanceof HtmlResponse ) {
			res.set( result.headers )
				.status( result.status )
				.send( result.body );
		} else if ( result.status === 204 ) {
			res.set( result.headers ).status( 204 ).end();
		} else {
			res.set( result.headers )
				.status( result.status )
				.json( result.body );
		}
	} catch ( error ) {
		next( error );
	}
}

/**
 * Reads the endpoint's args (the query of GET and DELETE, else the body) into `request.args`,
 * then runs its `validate`; one `rest_invalid_param` names every problem of both.
 */
function readRequestArgs(
	endpoint: RestEndpoint,
	request: RestRequest,
	ctx: AppContext
): void {
	const { data, problems } = readArgs(
		endpoint.args!,
		[ 'GET', 'DELETE' ].includes( request.method )
			? request.query
			: request.body
	);
	request.args = data as Record< string, unknown >;
	for ( const [ field, reason ] of Object.entries(
		endpoint.validate?.( request, ctx ) ?? {}
	) ) {
		if ( typeof reason === 'string' ) {
			problems[ field ] ??= reason;
		}
	}
	if ( Object.keys( problems ).length > 0 ) {
		throw invalidParams( problems );
	}
}

function isPlainObject( value: unknown ): value is Record< string, unknown > {
	return (
		typeof value === 'object' && value !== null && ! Array.isArray( value )
	);
}
