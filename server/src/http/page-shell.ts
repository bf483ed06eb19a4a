import type { Response } from 'express';
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
import type { AuthUser } from './auth';
import type { Audience } from '../../../plugin/types';

/** The admin shell's HTML page and its boot data (what the admin UI reads when it starts). */
export const NETWORK_HOME = '/wp-admin/network/';
export const SITE_HOME = '/wp-admin/';

/** What the admin UI reads at boot (the `wu-boot-data` JSON block). Never holds a secret but the nonce. */
export interface BootData {
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

export function home( user: AuthUser ): string {
	return user.role === 'network_admin' ? NETWORK_HOME : SITE_HOME;
}

/** Only same-site paths, never `//host` or a scheme. */
export function safeRedirect( value: unknown, fallback: string ): string {
	return typeof value === 'string' && /^\/(?![/\\])/.test( value )
		? value
		: fallback;
}

export function escapeJsonForScript( data: unknown ): string {
	return JSON.stringify( data )
		.replace( /</g, '\\u003c' )
		.replace( /\u2028/g, '\\u2028' )
		.replace( /\u2029/g, '\\u2029' );
}

export function escapeHtml( text: string ): string {
	return text.replace( /[&<>"']/g, ( c ) => `&#${ c.charCodeAt( 0 ) };` );
}

/** The page's translations by text domain, as data (never code), for `setLocaleData` before the screens mount. */
export function localeDataBlock( locale: Locale ): string {
	const data = browserLocaleData( locale );
	return data
		? `<script type="application/json" id="wu-locale-data">${ escapeJsonForScript( data ) }</script>`
		: '';
}

export function renderShell(
	ctx: AppContext,
	boot: BootData,
	title: string
): string {
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

export function bootData(
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
					menu_title: menuTitle,
					path: pagePath,
					screen,
					icon,
				} ) => ( {
					slug,
					title,
					menu_title: menuTitle,
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

export function sendShell(
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
