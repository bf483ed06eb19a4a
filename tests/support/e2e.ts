import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
	chromium,
	type BrowserContext,
	type Locator,
	type Page,
} from 'playwright-core';
import { createContext } from '../../server/src/compose';
import type { HttpContext as AppContext } from '../../server/src/http/http-context';
import { migrate, openDatabase } from '../../server/src/db/connection';
import { startQuotePool } from '../../server/src/workers/quote-pool';
import { seedDemo, type DemoLogins } from '../../server/src/seed/demo';
import { createApp } from '../../server/src/http/app';
import { TestClock } from '../../server/src/services/clock';

export const ADMIN_PASSWORD = 'e2e-admin-password';
export const BUILD_DIR = path.resolve( __dirname, '../../build' );

export interface RunningServer {
	url: string;
	ctx: AppContext;
	clock: TestClock;
	logins: DemoLogins;
	close: () => Promise< void >;
}

/**
 * The product as `npm start` runs it, in-process: a fresh demo network in a temporary SQLite
 * file with a quote worker (decision 38) and a test clock standing at `now`, on a free port.
 * Needs the built admin UI (`npm run build`).
 */
export async function startDemoServer(
	now = '2026-03-11T10:00:00Z'
): Promise< RunningServer > {
	if ( ! fs.existsSync( path.join( BUILD_DIR, 'index.js' ) ) ) {
		throw new Error(
			'The admin UI is not built: run npm run build first (npm test does).'
		);
	}
	const dir = fs.mkdtempSync( path.join( os.tmpdir(), 'wu-e2e-' ) );
	const file = path.join( dir, 'network.sqlite' );
	const db = openDatabase( file );
	migrate( db );
	const clock = new TestClock( now );
	const ctx = createContext( {
		db,
		clock,
		config: { testClock: true, demo: true, buildDir: BUILD_DIR },
		log: () => undefined,
	} );
	const quoteWorkers = startQuotePool( file, 1 );
	ctx.quoteWorkers = quoteWorkers;
	// The browser's quotes go through the worker, not the fallback while it starts.
	await quoteWorkers.started();
	const logins = seedDemo( ctx, ADMIN_PASSWORD ) as DemoLogins;
	const app = createApp( ctx );
	const server: Server = await new Promise( ( resolve ) => {
		const s = app.listen( 0, '127.0.0.1', () => resolve( s ) );
	} );
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${ port }`,
		ctx,
		clock,
		logins,
		close: () =>
			new Promise( ( resolve ) => {
				server.closeAllConnections();
				server.close( () => {
					void quoteWorkers.stop().then( () => {
						db.close();
						fs.rmSync( dir, { recursive: true, force: true } );
						resolve();
					} );
				} );
			} ),
	};
}

export interface Browser {
	context: BrowserContext;
	page: Page;
	/** Console errors and page errors seen so far. */
	errors: string[];
	close: () => Promise< void >;
}

/** Debian's Chromium, headless, in a fresh profile; never a downloaded browser. */
export async function launchBrowser(): Promise< Browser > {
	const profile = fs.mkdtempSync( path.join( os.tmpdir(), 'wu-e2e-' ) );
	const context = await chromium.launchPersistentContext( profile, {
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		headless: true,
		viewport: { width: 1280, height: 900 },
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--disable-dev-shm-usage',
		],
	} );
	const page = context.pages()[ 0 ] ?? ( await context.newPage() );
	const errors: string[] = [];
	page.on( 'pageerror', ( error ) => errors.push( error.message ) );
	page.on( 'console', ( message ) => {
		if ( message.type() === 'error' ) {
			errors.push( message.text() );
		}
	} );
	return {
		context,
		page,
		errors,
		close: async () => {
			await context.close();
			fs.rmSync( profile, { recursive: true, force: true } );
		},
	};
}

/** Logs in through the login screen and waits for the admin shell. */
export async function logIn(
	page: Page,
	baseUrl: string,
	username: string,
	password: string
): Promise< void > {
	await page.goto( `${ baseUrl }/wp-login.php` );
	await page.getByLabel( 'Username or Email Address' ).fill( username );
	await page.getByLabel( 'Password' ).fill( password );
	await page.getByRole( 'button', { name: 'Log In' } ).click();
	await page.waitForSelector( '#adminmenu' );
}

/**
 * Saves a screenshot of the page as tested: into `WU_SCREENSHOTS_DIR` when set (`npm run
 * screenshots` sets it to docs/screenshots to refresh the README's), else into a temporary folder,
 * so that a test run never rewrites tracked files.
 */
export async function screenshot( page: Page, name: string ): Promise< void > {
	const dir = path.resolve(
		process.env.WU_SCREENSHOTS_DIR ??
			path.join( os.tmpdir(), 'wu-screenshots' )
	);
	fs.mkdirSync( dir, { recursive: true } );
	await page.screenshot( {
		path: path.join( dir, `${ name }.png` ),
		fullPage: true,
	} );
}

/** A REST call to the demo server as `username` (Basic auth, as programs do); throws on a non-2xx answer. */
export async function restAs< T >(
	server: RunningServer,
	username: string,
	password: string,
	method: string,
	route: string,
	body?: unknown
): Promise< T > {
	const response = await fetch( `${ server.url }/wp-json/wu/v2${ route }`, {
		method,
		headers: {
			Authorization: `Basic ${ Buffer.from( `${ username }:${ password }` ).toString( 'base64' ) }`,
			'Content-Type': 'application/json',
		},
		body: body === undefined ? undefined : JSON.stringify( body ),
	} );
	const json = await response.json();
	if ( ! response.ok ) {
		throw new Error(
			`${ method } ${ route }: ${ response.status } ${ JSON.stringify( json ) }`
		);
	}
	return json as T;
}

/** A REST call as the demo network admin. */
export function asAdmin< T >(
	server: RunningServer,
	method: string,
	route: string,
	body?: unknown
): Promise< T > {
	return restAs< T >( server, 'admin', ADMIN_PASSWORD, method, route, body );
}

/** Console errors other than the browser's own report of an expected 4xx answer (a decline's 402). */
export function unexpectedErrors( errors: string[] ): string[] {
	return errors.filter(
		( e ) =>
			! /Failed to load resource: the server responded with a status of 4\d\d/.test(
				e
			)
	);
}

/** The customer's Your Membership box, its shell notices, and the text of a `<dd>` after the `<dt>` named `term`. */
export const membershipBox = ( page: Page ) =>
	page.locator( 'section', {
		has: page.getByRole( 'heading', { name: 'Your Membership' } ),
	} );
export const shellNotices = ( page: Page ) => page.locator( '.wu-notices' );
export const fact = ( scope: Locator, term: string ) =>
	scope.locator( `dt:text-is("${ term }") + dd` );

/**
 * Registers jest hooks that give each test of the calling `describe` a fresh demo server and
 * browser; read them through the returned getter inside the test.
 */
export function freshDemoPerTest(): () => {
	server: RunningServer;
	browser: Browser;
} {
	let current: { server: RunningServer; browser: Browser } | null = null;
	beforeEach( async () => {
		const server = await startDemoServer();
		const browser = await launchBrowser();
		browser.page.setDefaultTimeout( 10000 );
		current = { server, browser };
	} );
	afterEach( async () => {
		await current?.browser.close();
		await current?.server.close();
		current = null;
	} );
	return () => {
		if ( ! current ) {
			throw new Error( 'freshDemoPerTest: no test is running' );
		}
		return current;
	};
}
