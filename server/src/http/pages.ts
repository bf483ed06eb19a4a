import express, { type Request, type Response } from 'express';
import path from 'node:path';
import { __ } from '../i18n';
import type { AppContext } from './app-context';
import { isDomainError } from '../domain/errors';
import { endSession } from '../services/end-session';
import { startSession, verifyCredentials } from '../services/sessions';
import { SESSION_COOKIE, userFromCookie } from './auth';
import { toRestError } from './errors';
import { userLocale, visitorLocale } from './locale';
import type { Audience } from '../../../plugin/types';

import {
	NETWORK_HOME,
	SITE_HOME,
	home,
	safeRedirect,
	bootData,
	sendShell,
} from './page-shell';

function setSessionCookie(
	req: Request,
	res: Response,
	token: string,
	expiresAt: string
) {
	res.cookie( SESSION_COOKIE, token, {
		httpOnly: true,
		sameSite: 'lax',
		secure: req.secure,
		path: '/',
		expires: new Date( expiresAt ),
	} );
}

/**
 * Login CSRF (issue 10): a browser posting the login form from another site's page names that
 * site in `Origin` (or, failing that, `Referer`); such a login is refused, as WordPress's test
 * cookie refuses a login form it did not serve. Programs that send neither keep working.
 */
function fromAnotherSite( req: Request ): boolean {
	const source = req.get( 'origin' ) ?? req.get( 'referer' );
	if ( source === undefined || source === '' ) {
		return false;
	}
	try {
		return new URL( source ).host !== req.host;
	} catch {
		return true;
	}
}

/** The login screen, login and logout, and the two admin shells. */
export function pagesRouter( ctx: AppContext ): express.Router {
	const router = express.Router();
	const componentsCss =
		require.resolve( '@wordpress/components/build-style/style.css' );
	const baseCss = path.join(
		__dirname,
		'../../../admin-ui/static/wu-admin.css'
	);

	router.use(
		'/build',
		express.static( ctx.config.buildDir, {
			fallthrough: false,
			maxAge: '1h',
		} )
	);
	router.get( '/wp-includes/css/components.css', ( _req, res ) =>
		res.sendFile( componentsCss )
	);
	router.get( '/wp-admin/css/wu-admin.css', ( _req, res ) =>
		res.sendFile( baseCss )
	);
	router.get( '/', ( _req, res ) => res.redirect( '/wp-login.php' ) );

	router.get( '/wp-login.php', ( req, res ) => {
		const user = userFromCookie( ctx, req.get( 'cookie' ) );
		if ( req.query.action === 'logout' ) {
			if (
				user &&
				user.nonce === req.query._wpnonce &&
				user.sessionHash
			) {
				endSession( ctx, user.sessionHash );
				res.clearCookie( SESSION_COOKIE, { path: '/' } );
				res.redirect( '/wp-login.php?loggedout=true' );
				return;
			}
			res.status( 403 );
		} else if ( user ) {
			res.redirect( safeRedirect( req.query.redirect_to, home( user ) ) );
			return;
		}
		sendShell(
			ctx,
			res,
			bootData( ctx, null, null, visitorLocale( ctx, req ) ),
			() => __( 'Log In', 'wu-plan-change' )
		);
	} );

	router.post(
		'/wp-login.php',
		express.urlencoded( { extended: false, limit: '16kb' } ),
		express.json( { limit: '16kb' } ),
		async ( req, res ) => {
			const body = ( req.body ?? {} ) as Record< string, unknown >;
			const wantsJson = req.is( 'application/json' ) !== false;
			if ( fromAnotherSite( req ) ) {
				res.status( 403 ).json( {
					code: 'login_cross_origin',
					message: __(
						'This login form was sent from another site. Log in from this site’s own login page.',
						'wu-plan-change'
					),
					data: { status: 403 },
				} );
				return;
			}
			try {
				const user = await verifyCredentials(
					ctx,
					String( body.log ?? '' ),
					String( body.pwd ?? '' ),
					req.ip ?? null
				);
				const session = startSession( ctx.users, ctx.wallClock, user );
				setSessionCookie( req, res, session.token, session.expiresAt );
				const target = safeRedirect(
					body.redirect_to,
					user.role === 'network_admin' ? NETWORK_HOME : SITE_HOME
				);
				if ( wantsJson ) {
					res.json( { redirect_to: target, nonce: session.nonce } );
				} else {
					res.redirect( 303, target );
				}
			} catch ( error ) {
				if (
					isDomainError( error ) &&
					error.kind === 'too_many_requests'
				) {
					res.set( 'Retry-After', String( error.data.retry_after ) )
						.status( 429 )
						.json( toRestError( error ) );
				} else if ( wantsJson ) {
					res.status( 401 ).json( {
						code: 'invalid_credentials',
						message: __(
							'The username or password is incorrect.',
							'wu-plan-change'
						),
						data: { status: 401 },
					} );
				} else {
					res.redirect( 303, '/wp-login.php?login=failed' );
				}
			}
		}
	);

	const shell = ( audience: Audience ) => ( req: Request, res: Response ) => {
		const user = userFromCookie( ctx, req.get( 'cookie' ) );
		if ( ! user ) {
			res.redirect(
				`/wp-login.php?redirect_to=${ encodeURIComponent( req.originalUrl ) }`
			);
			return;
		}
		const allowed =
			audience === 'network'
				? user.role === 'network_admin'
				: user.role === 'customer';
		if ( ! allowed ) {
			res.redirect( home( user ) );
			return;
		}
		sendShell(
			ctx,
			res,
			bootData( ctx, user, audience, userLocale( ctx, user.id ) ),
			() =>
				audience === 'network'
					? __( 'Network Admin', 'wu-plan-change' )
					: __( 'Dashboard', 'wu-plan-change' )
		);
	};
	router.get( /^\/wp-admin\/network(\/.*)?$/, shell( 'network' ) );
	router.get( /^\/wp-admin(\/.*)?$/, shell( 'site' ) );
	return router;
}
