import express from 'express';
import helmet from 'helmet';
import type { HttpContext } from './http-context';
import { registerPlugin } from '../../../plugin';
import { actAsUser, authenticate } from './auth';
import { errorHandler, noRoute } from './errors';
import { jsonBody } from './json-body';
import { requestLocale } from './locale';
import { pagesRouter } from './pages';
import { createPluginHost } from './plugin-host';
import { restRouter } from './rest-router';
import { restRoutes } from './routes';

/**
 * Security headers on every answer (issue 10): no inline or foreign script, framing by this
 * site only, no MIME sniffing, referrers kept in the site. Styles may be inline: the WordPress
 * components insert theirs at run time. HSTS is left to the TLS proxy.
 */
const securityHeaders = helmet( {
	contentSecurityPolicy: {
		useDefaults: true,
		directives: {
			'script-src': [ "'self'" ],
			'style-src': [ "'self'", "'unsafe-inline'" ],
			'frame-ancestors': [ "'self'" ],
			'upgrade-insecure-requests': null,
		},
	},
	xFrameOptions: { action: 'sameorigin' },
	referrerPolicy: { policy: 'same-origin' },
	strictTransportSecurity: false,
} );

/** The Express app over a context, without listen(): main.ts and the tests both use it. */
export function createApp( ctx: HttpContext ): express.Express {
	if ( ctx.rest.namespaces().length === 0 ) {
		registerPlugin( createPluginHost( ctx ), restRoutes );
	}
	const app = express();
	app.disable( 'x-powered-by' );
	app.set( 'etag', false );
	app.set( 'query parser', 'simple' );
	if ( ctx.config.trustProxy !== undefined ) {
		// WU_TRUST_PROXY: then req.secure and req.ip follow X-Forwarded-Proto / -For (Secure cookies).
		app.set( 'trust proxy', ctx.config.trustProxy );
	}
	app.use( securityHeaders );
	// Messages before authentication (a bad JSON body, a bad nonce) speak the visitor's language.
	app.use( requestLocale( ctx ) );

	const api = express.Router();
	api.use( ( req, res, next ) => {
		res.setHeader( 'Cache-Control', 'no-store' );
		// NOTE: as WordPress, honour X-HTTP-Method-Override: @wordpress/api-fetch sends PUT, PATCH and
		// DELETE as POST with this header (its httpV1 middleware); pinned by tests/e2e/customer-account story 4.
		const override =
			req.method === 'POST'
				? req.headers[ 'x-http-method-override' ]
				: undefined;
		if (
			typeof override === 'string' &&
			[ 'PUT', 'PATCH', 'DELETE' ].includes( override.toUpperCase() )
		) {
			req.method = override.toUpperCase();
		}
		next();
	} );
	api.use( jsonBody() );
	api.use( authenticate( ctx ) );
	api.use( actAsUser() );
	api.use( requestLocale( ctx, true ) );
	api.get( '/', ( req, res ) => {
		res.json(
			ctx.rest.index( `${ req.protocol }://${ req.get( 'host' ) }` )
		);
	} );
	for ( const namespace of ctx.rest.namespaces() ) {
		api.get( `/${ namespace }`, ( _req, res ) => {
			res.json( ctx.rest.index( '', namespace ) );
		} );
	}
	api.use( restRouter( ctx.rest, ctx ) );
	api.use( noRoute );
	app.use( '/wp-json', api );

	app.use( pagesRouter( ctx ) );
	app.use( ( req, res ) => {
		res.status( 404 ).type( 'text/plain' ).send( 'Not Found' );
	} );
	app.use( errorHandler( ctx.log ) );
	return app;
}
