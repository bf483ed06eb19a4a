import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createContext, type AppContext } from '../../server/src/context';
import { migrate, openDatabase } from '../../server/src/db/connection';
import { seedDemo, type DemoLogins } from '../../server/src/db/seed-demo';
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
 * The product as `npm start` runs it, in-process: a fresh in-memory demo network with a
 * test clock standing at `now`, on a free port. Needs the built admin UI (`npm run build`).
 */
export async function startDemoServer( now = '2026-03-11T10:00:00Z' ): Promise< RunningServer > {
	if ( ! fs.existsSync( path.join( BUILD_DIR, 'index.js' ) ) ) {
		throw new Error( 'The admin UI is not built: run npm run build first (npm test does).' );
	}
	const db = openDatabase( ':memory:' );
	migrate( db );
	const clock = new TestClock( now );
	const ctx = createContext( { db, clock, config: { testClock: true, demo: true, buildDir: BUILD_DIR }, log: () => undefined } );
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
					db.close();
					resolve();
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
		args: [ '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage' ],
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
export async function logIn( page: Page, baseUrl: string, username: string, password: string ): Promise< void > {
	await page.goto( `${ baseUrl }/wp-login.php` );
	await page.getByLabel( 'Username or Email Address' ).fill( username );
	await page.getByLabel( 'Password' ).fill( password );
	await page.getByRole( 'button', { name: 'Log In' } ).click();
	await page.waitForSelector( '#adminmenu' );
}

/** Saves a screenshot for the README under docs/screenshots. */
export async function screenshot( page: Page, name: string ): Promise< void > {
	const dir = path.resolve( __dirname, '../../docs/screenshots' );
	fs.mkdirSync( dir, { recursive: true } );
	await page.screenshot( { path: path.join( dir, `${ name }.png` ), fullPage: true } );
}
