import express, { type Request, type Response } from 'express';
import fs from 'node:fs';
import path from 'node:path';
import {
	__,
	browserLocaleData,
	languageTag,
	withLocale,
	type Locale,
} from '../i18n';
import type { AppContext } from './app-context';
import { isDomainError } from '../domain/errors';
import { startSession, verifyCredentials } from '../services/sessions';
import { SESSION_COOKIE, userFromCookie, type AuthUser } from './auth';
import { toRestError } from './errors';
import { userLocale, visitorLocale } from './locale';
import type { Audience } from '../../../plugin/types';

const NETWORK_HOME = '/wp-admin/network/';
const SITE_HOME = '/wp-admin/';

/** What the admin UI reads at boot (the `wu-boot-data` JSON block). Never holds a secret but the nonce. */
interface BootData {
	page: 'login' | 'admin';
	audience: Audience | null;
	user: {
		id: number;
		username: string;
		display_name: string;
		role: string;
	} | null;
	nonce: string;
	rest_root: string;
	base_path: string;
	menu: {
		slug: string;
		title: string;
		menu_title: string;
		path: string;
		screen: string;
		icon: string;
	}[];
	text_domain: string;
	demo: boolean;
	/** What this start did with the admin's password (AppConfig.adminPassword), for the login note. */
	admin_password: 'printed' | 'reset' | 'unchanged';
	logout_url: string;
	test_clock: boolean;
	/** The page's language; its translations are in the `wu-locale-data` JSON block. */
	locale: Locale;
}

function home( user: AuthUser ): string {
	return user.role === 'network_admin' ? NETWORK_HOME : SITE_HOME;
}

/** Only same-site paths, never `//host` or a scheme. */
function safeRedirect( value: unknown, fallback: string ): string {
	return typeof value === 'string' && /^\/(?![/\\])/.test( value )
		? value
		: fallback;
}

function escapeJsonForScript( data: unknown ): string {
	return JSON.stringify( data )
		.replace( /</g, '\\u003c' )
		.replace( /\u2028/g, '\\u2028' )
		.replace( /\u2029/g, '\\u2029' );
}

function escapeHtml( text: string ): string {
	return text.replace( /[&<>"']/g, ( c ) => `&#${ c.charCodeAt( 0 ) };` );
}

/** The page's translations by text domain, as data (never code), for `setLocaleData` before the screens mount. */
function localeDataBlock( locale: Locale ): string {
	const data = browserLocaleData( locale );
	return data
		? `<script type="application/json" id="wu-locale-data">${ escapeJsonForScript( data ) }</script>`
		: '';
}

function renderShell( ctx: AppContext, boot: BootData, title: string ): string {
	const styles = ctx.styles
		.map(
			( s ) =>
				`<link rel="stylesheet" id="${ s.handle }-css" href="/${ s.src }">`
		)
		.join( '\n' );
	const scripts = ctx.scripts
		.map(
			( s ) => `<script id="${ s.handle }-js" src="/${ s.src }"></script>`
		)
		.join( '\n' );
	const bodyClass =
		boot.page === 'login'
			? 'login wp-core-ui'
			: `wp-admin wp-core-ui ${ boot.audience === 'network' ? 'network-admin' : 'site-admin' }`;
	return `<!doctype html>
<html lang="${ languageTag( boot.locale ) }">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${ escapeHtml( title ) }</title>
<link rel="icon" href="data:,">
${ styles }
<script type="application/json" id="wu-boot-data">${ escapeJsonForScript( boot ) }</script>
${ localeDataBlock( boot.locale ) }
</head>
<body class="${ bodyClass }">
<div id="wpwrap"><noscript>${ escapeHtml( __( 'This screen needs JavaScript.', 'wu-plan-change' ) ) }</noscript></div>
${ scripts }
</body>
</html>`;
}

function bootData(
	ctx: AppContext,
	user: AuthUser | null,
	audience: Audience | null,
	locale: Locale
): BootData {
	return {
		locale,
		page: user ? 'admin' : 'login',
		audience,
		user: user
			? {
					id: user.id,
					username: user.username,
					display_name: user.displayName,
					role: user.role,
				}
			: null,
		nonce: user?.nonce ?? '',
		rest_root: '/wp-json/',
		base_path: audience === 'network' ? NETWORK_HOME : SITE_HOME,
		menu: ctx.menu
			.filter( ( page ) => page.audience === audience )
			.filter(
				( page ) =>
					user &&
					( ctx.capabilities[ user.role ] ?? [] ).includes(
						page.capability
					)
			)
			.map(
				( {
					slug,
					title,
					menu_title,
					path: pagePath,
					screen,
					icon,
				} ) => ( {
					slug,
					title,
					menu_title,
					path: pagePath,
					screen,
					icon,
				} )
			),
		text_domain: 'wu-plan-change',
		demo: ctx.config.demo,
		admin_password: ctx.config.adminPassword ?? 'unchanged',
		logout_url: user
			? `/wp-login.php?action=logout&_wpnonce=${ encodeURIComponent( user.nonce ?? '' ) }`
			: '',
		test_clock: ctx.config.testClock,
	};
}

function sendShell(
	ctx: AppContext,
	res: Response,
	boot: BootData,
	title: () => string
) {
	if ( ! fs.existsSync( path.join( ctx.config.buildDir, 'index.js' ) ) ) {
		res.status( 503 )
			.type( 'text/plain' )
			.send(
				__(
					'The admin UI is not built yet: run npm run build.',
					'wu-plan-change'
				)
			);
		return;
	}
	res.set( 'Cache-Control', 'no-store' )
		.type( 'html' )
		.send(
			withLocale( boot.locale, () => renderShell( ctx, boot, title() ) )
		);
}

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
				ctx.users.deleteSession( user.sessionHash );
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
