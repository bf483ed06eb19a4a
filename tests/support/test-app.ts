import request from 'supertest';
import type { Express } from 'express';
import { createContext } from '../../server/src/compose';
import type { AppConfig } from '../../server/src/http/app-context';
import type { HttpContext as AppContext } from '../../server/src/http/http-context';
import { migrate, openDatabase } from '../../server/src/db/connection';
import { createApp } from '../../server/src/http/app';
import { TestClock } from '../../server/src/services/clock';
import { hashPasswordSync } from '../../server/src/services/passwords';
import {
	quoteWorkerDatabase,
	quoteWorkersWanted,
} from './quote-worker-database';

export const ADMIN = { username: 'admin', password: 'admin-password' };
export const CUSTOMER_PASSWORD = 'customer-password';

/** The REST prefix of the plugin's namespace. */
export const API = '/wp-json/wu/v2';

export interface TestApp {
	app: Express;
	ctx: AppContext;
	clock: TestClock;
	/** `Authorization` header value for a username (password defaults per role). */
	basic: ( username: string, password?: string ) => string;
	admin: string;
}

/** Basic auth header value. */
export function basicAuth( username: string, password: string ): string {
	return `Basic ${ Buffer.from( `${ username }:${ password }` ).toString( 'base64' ) }`;
}

/**
 * An app over a fresh in-memory database (or a fresh `file`), migrated, with a TestClock at `now` and the test
 * clock route on, and a network admin `admin`. In the `server-workers` project (`WU_TEST_QUOTE_WORKERS=1`)
 * and without a `file`, the database is a file and quotes are priced by a quote worker, as in production.
 */
export function createTestApp(
	now = '2026-03-11T10:00:00Z',
	options: {
		testClock?: boolean;
		file?: string;
		trustProxy?: AppConfig[ 'trustProxy' ];
	} = {}
): TestApp {
	const workers =
		options.file === undefined && quoteWorkersWanted()
			? quoteWorkerDatabase()
			: null;
	const db = workers?.db ?? openDatabase( options.file ?? ':memory:' );
	if ( ! workers ) {
		migrate( db );
	}
	const clock = new TestClock( now );
	const ctx = createContext( {
		db,
		clock,
		config: {
			testClock: options.testClock ?? true,
			trustProxy: options.trustProxy,
		},
		log: () => {},
	} );
	ctx.quoteWorkers = workers?.pool;
	ctx.users.insert( {
		username: ADMIN.username,
		email: 'admin@example.test',
		displayName: 'Admin',
		role: 'network_admin',
		passwordHash: hashPasswordSync( ADMIN.password ),
		createdAt: now,
	} );
	const app = createApp( ctx );
	return {
		app,
		ctx,
		clock,
		basic: ( username, password ) =>
			basicAuth(
				username,
				password ??
					( username === ADMIN.username
						? ADMIN.password
						: CUSTOMER_PASSWORD )
			),
		admin: basicAuth( ADMIN.username, ADMIN.password ),
	};
}

/** Creates a customer through the API as the admin; returns its wire body. */
export async function addCustomer(
	t: TestApp,
	username: string
): Promise< { id: number; user_id: number } > {
	const res = await request( t.app )
		.post( `${ API }/customers` )
		.set( 'Authorization', t.admin )
		.send( {
			username,
			email: `${ username }@example.test`,
			password: CUSTOMER_PASSWORD,
			display_name: username,
		} );
	if ( res.status !== 201 ) {
		throw new Error(
			`customer: ${ res.status } ${ JSON.stringify( res.body ) }`
		);
	}
	return res.body;
}

/** Logs in through the login screen (JSON) and returns the cookie and the nonce. */
export async function cookieLogin(
	t: TestApp,
	username: string,
	password: string
): Promise< { cookie: string; nonce: string } > {
	const res = await request( t.app )
		.post( '/wp-login.php' )
		.set( 'Content-Type', 'application/json' )
		.send( { log: username, pwd: password } );
	const setCookie = res.headers[ 'set-cookie' ] as unknown as string[];
	return { cookie: setCookie[ 0 ].split( ';' )[ 0 ], nonce: res.body.nonce };
}
