import request from 'supertest';
import { createContext } from '../../../server/src/compose';
import type { HttpContext as AppContext } from '../../../server/src/http/http-context';
import { migrate, openDatabase } from '../../../server/src/db/connection';
import { createApp } from '../../../server/src/http/app';
import { hashPasswordSync } from '../../../server/src/services/passwords';
import { TestClock } from '../../../server/src/services/clock';
import type { Express } from 'express';

// The WordPress REST dialect and the two ways in (API.md "Dialect"), without billing data.
function spineApp(): { app: Express; ctx: AppContext } {
	const db = openDatabase( ':memory:' );
	migrate( db );
	const ctx = createContext( {
		db,
		clock: new TestClock( '2026-03-11T10:00:00Z' ),
		log: () => undefined,
	} );
	const now = ctx.clock.now();
	ctx.users.insert( {
		username: 'admin',
		email: 'admin@example.test',
		displayName: 'Admin',
		role: 'network_admin',
		passwordHash: hashPasswordSync( 'admin-pass' ),
		createdAt: now,
	} );
	ctx.users.insert( {
		username: 'carla',
		email: 'carla@example.test',
		displayName: 'Carla',
		role: 'customer',
		passwordHash: hashPasswordSync( 'carla-pass' ),
		createdAt: now,
	} );
	createApp( ctx ); // registers the plugin's routes first
	ctx.rest.register( 'wu/v2', '/test-boom', {
		methods: [ 'GET' ],
		permission: () => true,
		handler: () => {
			throw new Error( 'secret detail at /srv/app.ts:12' );
		},
	} );
	ctx.rest.register( 'wu/v2', '/test-sneaky-write', {
		methods: [ 'GET' ],
		permission: () => true,
		handler: () => {
			ctx.db
				.prepare(
					"UPDATE settings SET value = 'EUR' WHERE name = 'currency'"
				)
				.run();
			return { wrote: true };
		},
	} );
	return { app: createApp( ctx ), ctx };
}

const basic = ( user: string, password: string ) =>
	`Basic ${ Buffer.from( `${ user }:${ password }` ).toString( 'base64' ) }`;

describe( 'the REST dialect', () => {
	const { app, ctx } = spineApp();

	it( 'runs a GET handler in a read snapshot where a write is refused and nothing is written', async () => {
		const response = await request( app )
			.get( '/wp-json/wu/v2/test-sneaky-write' )
			.expect( 500 );
		expect( response.body.code ).toBe( 'internal_server_error' );
		expect( ctx.settings.currency() ).toBe( 'USD' );
		expect( ctx.db.inTransaction ).toBe( false );
	} );

	it( 'lists the wu/v2 namespace and its routes at /wp-json/', async () => {
		const response = await request( app ).get( '/wp-json/' ).expect( 200 );
		expect( response.body.namespaces ).toContain( 'wu/v2' );
		expect( response.body.routes[ '/wu/v2/users/me' ].methods ).toEqual( [
			'GET',
			'PUT',
			'PATCH',
		] );
	} );

	it( 'answers an unknown route with rest_no_route 404', async () => {
		const response = await request( app )
			.get( '/wp-json/wu/v2/nothing-here' )
			.expect( 404 );
		expect( response.body ).toEqual( {
			code: 'rest_no_route',
			message: expect.any( String ),
			data: { status: 404 },
		} );
	} );

	it( 'routes as Express would: any case, a trailing slash, HEAD by GET, OPTIONS with Allow, wrong method or arity 404', async () => {
		const admin = basic( 'admin', 'admin-pass' );
		const me = await request( app )
			.get( '/wp-json/wu/v2/Users/ME/' )
			.set( 'Authorization', admin )
			.expect( 200 );
		expect( me.body ).toMatchObject( { username: 'admin' } );
		expect( me.headers[ 'content-type' ] ).toBe(
			'application/json; charset=utf-8'
		);
		expect( me.headers[ 'cache-control' ] ).toBe( 'no-store' );
		await request( app )
			.head( '/wp-json/wu/v2/users/me' )
			.set( 'Authorization', admin )
			.expect( 200 );
		const options = await request( app )
			.options( '/wp-json/wu/v2/products/7' )
			.expect( 200 );
		expect( options.headers.allow ).toBe( 'GET, PUT, PATCH, DELETE, HEAD' );
		expect(
			(
				await request( app )
					.delete( '/wp-json/wu/v2/users/me' )
					.set( 'Authorization', admin )
					.expect( 404 )
			).body.code
		).toBe( 'rest_no_route' );
		expect(
			(
				await request( app )
					.get( '/wp-json/wu/v2/users/me/extra' )
					.set( 'Authorization', admin )
					.expect( 404 )
			).body.code
		).toBe( 'rest_no_route' );
		expect(
			(
				await request( app )
					.get( '/wp-json/wu/v2/products//' )
					.set( 'Authorization', admin )
					.expect( 404 )
			).body.code
		).toBe( 'rest_no_route' );
		// A malformed escape in a path parameter is no product id, not a failure.
		expect(
			(
				await request( app )
					.get( '/wp-json/wu/v2/products/%E0%A4%A' )
					.set( 'Authorization', admin )
					.expect( 404 )
			).body.code
		).toBe( 'rest_not_found' );
	} );

	it( 'answers malformed JSON with a 400 error body', async () => {
		const response = await request( app )
			.post( '/wp-json/wu/v2/users/me' )
			.set( 'Content-Type', 'application/json' )
			.send( '{"a":' )
			.expect( 400 );
		expect( response.body.code ).toBe( 'rest_invalid_json' );
		expect( response.body.data.status ).toBe( 400 );
	} );

	it( 'reads only JSON bodies: UTF-8, not encoded, an object or array; answers the rest with WordPress errors', async () => {
		const post = () => request( app ).post( '/wp-json/wu/v2/users/me' );
		expect(
			(
				await post()
					.set( 'Content-Type', 'application/json; charset=latin1' )
					.send( '{}' )
					.expect( 415 )
			).body
		).toMatchObject( {
			code: 'rest_invalid_request',
			data: { status: 415 },
		} );
		expect(
			(
				await post()
					.set( 'Content-Type', 'application/json' )
					.set( 'Content-Encoding', 'gzip' )
					.send( '{}' )
					.expect( 415 )
			).body.code
		).toBe( 'rest_invalid_request' );
		expect(
			(
				await post()
					.set( 'Content-Type', 'application/json' )
					.send( '3' )
					.expect( 400 )
			).body.code
		).toBe( 'rest_invalid_json' );
		expect(
			(
				await post()
					.set( 'Content-Type', 'application/json' )
					.send( '  ' )
					.expect( 400 )
			).body.code
		).toBe( 'rest_invalid_json' );
		expect(
			(
				await post()
					.set( 'Content-Type', 'application/json; charset=utf8' )
					.send( '{}' )
					.expect( 415 )
			).body.code
		).toBe( 'rest_invalid_request' );
		// A body that is not JSON, or none, reaches the route (here: 404, users/me has no POST).
		expect(
			(
				await post()
					.set( 'Content-Type', 'text/plain' )
					.send( '{not json' )
					.expect( 404 )
			).body.code
		).toBe( 'rest_no_route' );
		expect(
			(
				await post()
					.set( 'Content-Type', 'application/json; charset=utf-8' )
					.send( '\ufeff{}' )
					.expect( 404 )
			).body.code
		).toBe( 'rest_no_route' );
	} );

	it( 'answers a body over 1 MB with 413', async () => {
		const big = JSON.stringify( {
			padding: 'x'.repeat( 1024 * 1024 + 10 ),
		} );
		const response = await request( app )
			.post( '/wp-json/wu/v2/users/me' )
			.set( 'Content-Type', 'application/json' )
			.send( big )
			.expect( 413 );
		expect( response.body ).toEqual( {
			code: 'rest_request_too_large',
			message: expect.any( String ),
			data: { status: 413 },
		} );
	} );

	it( 'answers an unexpected failure with 500 and no stack or detail', async () => {
		const { app: boomApp } = spineApp();
		const response = await request( boomApp )
			.get( '/wp-json/wu/v2/test-boom' )
			.expect( 500 );
		expect( response.body ).toEqual( {
			code: 'internal_server_error',
			message: 'An unexpected error occurred.',
			data: { status: 500 },
		} );
		expect( response.text ).not.toMatch( /secret|\.ts|at / );
	} );
} );

describe( 'authentication', () => {
	const { app } = spineApp();

	it( 'asks a caller without credentials to log in (401 rest_not_logged_in)', async () => {
		const response = await request( app )
			.get( '/wp-json/wu/v2/users/me' )
			.expect( 401 );
		expect( response.body.code ).toBe( 'rest_not_logged_in' );
	} );

	it( 'accepts Basic username:password and says who the caller is', async () => {
		const response = await request( app )
			.get( '/wp-json/wu/v2/users/me' )
			.set( 'Authorization', basic( 'carla', 'carla-pass' ) )
			.expect( 200 );
		expect( response.body ).toEqual( {
			id: 2,
			username: 'carla',
			display_name: 'Carla',
			role: 'customer',
			locale: 'en_US',
		} );
		expect( JSON.stringify( response.body ) ).not.toMatch( /pass|hash/ );
	} );

	it( 'refuses a wrong password and an unknown user with the same 401 answer', async () => {
		const wrongPassword = await request( app )
			.get( '/wp-json/wu/v2/users/me' )
			.set( 'Authorization', basic( 'carla', 'nope' ) )
			.expect( 401 );
		const unknownUser = await request( app )
			.get( '/wp-json/wu/v2/users/me' )
			.set( 'Authorization', basic( 'nobody', 'carla-pass' ) )
			.expect( 401 );
		expect( wrongPassword.body ).toEqual( unknownUser.body );
		expect( wrongPassword.body.message ).toBe(
			'The username or password is incorrect.'
		);
	} );

	it( 'logs in with the form, sets an HttpOnly SameSite cookie and never echoes the password', async () => {
		const response = await request( app )
			.post( '/wp-login.php' )
			.send( { log: 'carla', pwd: 'carla-pass' } )
			.expect( 200 );
		const cookie = String( response.headers[ 'set-cookie' ] );
		expect( cookie ).toMatch( /wu_logged_in=/ );
		expect( cookie ).toMatch( /HttpOnly/ );
		expect( cookie ).toMatch( /SameSite=Lax/ );
		expect( response.body.redirect_to ).toBe( '/wp-admin/' );
		expect( response.text ).not.toContain( 'carla-pass' );
	} );

	it( 'refuses a state-changing cookie request without the X-WP-Nonce, and accepts it with the nonce', async () => {
		const agent = request.agent( app );
		const login = await agent
			.post( '/wp-login.php' )
			.send( { log: 'admin', pwd: 'admin-pass' } )
			.expect( 200 );
		await agent.get( '/wp-json/wu/v2/users/me' ).expect( 200 );
		const refused = await agent
			.post( '/wp-json/wu/v2/nothing-here' )
			.send( {} )
			.expect( 403 );
		expect( refused.body.code ).toBe( 'rest_cookie_invalid_nonce' );
		const wrong = await agent
			.post( '/wp-json/wu/v2/nothing-here' )
			.set( 'X-WP-Nonce', 'forged' )
			.send( {} )
			.expect( 403 );
		expect( wrong.body.code ).toBe( 'rest_cookie_invalid_nonce' );
		// With the session's nonce the request gets through authentication (to the router's 404).
		const passed = await agent
			.post( '/wp-json/wu/v2/nothing-here' )
			.set( 'X-WP-Nonce', login.body.nonce )
			.send( {} )
			.expect( 404 );
		expect( passed.body.code ).toBe( 'rest_no_route' );
	} );

	it( 'ends the session on logout with the nonce, and not without it', async () => {
		const agent = request.agent( app );
		const login = await agent
			.post( '/wp-login.php' )
			.send( { log: 'carla', pwd: 'carla-pass' } )
			.expect( 200 );
		await agent.get( '/wp-login.php?action=logout' ).expect( 403 );
		await agent.get( '/wp-json/wu/v2/users/me' ).expect( 200 );
		await agent
			.get( `/wp-login.php?action=logout&_wpnonce=${ login.body.nonce }` )
			.expect( 302 );
		await agent.get( '/wp-json/wu/v2/users/me' ).expect( 401 );
	} );

	it( 'sends a logged-out visitor of an admin page to the login screen', async () => {
		const response = await request( app )
			.get( '/wp-admin/network/products' )
			.expect( 302 );
		expect( response.headers.location ).toBe(
			'/wp-login.php?redirect_to=%2Fwp-admin%2Fnetwork%2Fproducts'
		);
	} );

	it( 'never redirects a login to another host', async () => {
		const response = await request( app )
			.post( '/wp-login.php' )
			.send( {
				log: 'carla',
				pwd: 'carla-pass',
				redirect_to: '//evil.example/',
			} )
			.expect( 200 );
		expect( response.body.redirect_to ).toBe( '/wp-admin/' );
	} );
} );
