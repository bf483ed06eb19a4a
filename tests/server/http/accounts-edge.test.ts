import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { parseTrustProxy } from '../../../server/src/compose';
import {
	addCustomer,
	API,
	createTestApp,
	CUSTOMER_PASSWORD,
	type TestApp,
} from '../../support/test-app';

// Issue 10, points 7–9: login CSRF, security headers, Secure cookies behind a TLS proxy.
const loginForm = ( t: TestApp ) =>
	request( t.app )
		.post( '/wp-login.php' )
		.type( 'form' )
		.set( 'Host', 'shop.example' );

describe( 'a login form post', () => {
	it( 'from another site is refused with 403 and sets no cookie', async () => {
		const t = createTestApp();
		await addCustomer( t, 'lena' );
		for ( const header of [
			[ 'Origin', 'https://evil.example' ],
			[ 'Origin', 'null' ],
			[ 'Referer', 'https://evil.example/page.html' ],
		] ) {
			const response = await loginForm( t )
				.set( header[ 0 ], header[ 1 ] )
				.send( { log: 'lena', pwd: CUSTOMER_PASSWORD } )
				.expect( 403 );
			expect( response.body.code ).toBe( 'login_cross_origin' );
			expect( response.body.message ).toMatch( /another site/ );
			expect( response.headers[ 'set-cookie' ] ).toBeUndefined();
		}
	} );

	it( 'from this site, or from a program sending no Origin, logs in', async () => {
		const t = createTestApp();
		await addCustomer( t, 'lena' );
		const same = await loginForm( t )
			.set( 'Origin', 'http://shop.example' )
			.send( { log: 'lena', pwd: CUSTOMER_PASSWORD } )
			.expect( 303 );
		expect( String( same.headers[ 'set-cookie' ] ) ).toMatch(
			/wu_logged_in=/
		);
		await loginForm( t )
			.set( 'Referer', 'http://shop.example/wp-login.php' )
			.send( { log: 'lena', pwd: CUSTOMER_PASSWORD } )
			.expect( 303 );
		await request( t.app )
			.post( '/wp-login.php' )
			.send( { log: 'lena', pwd: CUSTOMER_PASSWORD } )
			.expect( 200 );
	} );
} );

describe( 'security headers', () => {
	let buildDir: string;
	beforeAll( () => {
		buildDir = fs.mkdtempSync( path.join( os.tmpdir(), 'wu-build-' ) );
		fs.writeFileSync( path.join( buildDir, 'index.js' ), '' );
	} );
	afterAll( () => fs.rmSync( buildDir, { recursive: true, force: true } ) );

	it( 'forbid inline script and foreign framing on the screens; the boot data is a JSON block', async () => {
		const t = createTestApp();
		t.ctx.config.buildDir = buildDir;
		const page = await request( t.app )
			.get( '/wp-login.php' )
			.expect( 200 );
		const csp = String( page.headers[ 'content-security-policy' ] );
		const scriptSrc = csp
			.split( ';' )
			.find( ( d ) => d.trim().startsWith( 'script-src ' ) );
		expect( scriptSrc?.trim() ).toBe( "script-src 'self'" );
		expect( csp ).toContain( "frame-ancestors 'self'" );
		expect( csp ).toContain( "object-src 'none'" );
		expect( page.headers[ 'x-frame-options' ] ).toBe( 'SAMEORIGIN' );
		expect( page.headers[ 'x-content-type-options' ] ).toBe( 'nosniff' );
		expect( page.headers[ 'referrer-policy' ] ).toBe( 'same-origin' );
		// Every <script> either loads a file or is data the browser does not run.
		const scripts = page.text.match( /<script[^>]*>/g ) ?? [];
		expect( scripts.length ).toBeGreaterThan( 0 );
		for ( const tag of scripts ) {
			expect( tag ).toMatch( /\bsrc="|type="application\/json"/ );
		}
		const data =
			/<script type="application\/json" id="wu-boot-data">([^<]*)<\/script>/.exec(
				page.text
			);
		expect( JSON.parse( data?.[ 1 ] ?? 'null' ) ).toMatchObject( {
			page: 'login',
			user: null,
		} );
	} );

	it( 'come with REST answers too', async () => {
		const t = createTestApp();
		const response = await request( t.app )
			.get( `${ API }/users/me` )
			.set( 'Authorization', t.admin )
			.expect( 200 );
		expect( response.headers[ 'x-content-type-options' ] ).toBe(
			'nosniff'
		);
		expect( response.headers[ 'x-frame-options' ] ).toBe( 'SAMEORIGIN' );
	} );
} );

describe( 'WU_TRUST_PROXY', () => {
	const cookieOf = async ( t: TestApp ) => {
		await addCustomer( t, 'tess' );
		const response = await request( t.app )
			.post( '/wp-login.php' )
			.set( 'X-Forwarded-Proto', 'https' )
			.send( { log: 'tess', pwd: CUSTOMER_PASSWORD } )
			.expect( 200 );
		return String( response.headers[ 'set-cookie' ] );
	};

	it( 'makes the session cookie Secure behind a TLS proxy', async () => {
		expect(
			await cookieOf(
				createTestApp( undefined, { trustProxy: 'loopback' } )
			)
		).toMatch( /;\s*Secure/ );
	} );

	it( 'unset, believes no X-Forwarded-Proto', async () => {
		expect( await cookieOf( createTestApp() ) ).not.toMatch( /Secure/ );
	} );

	it( "takes Express's trust proxy values", () => {
		expect( parseTrustProxy( undefined ) ).toBeUndefined();
		expect( parseTrustProxy( '' ) ).toBeUndefined();
		expect( parseTrustProxy( '1' ) ).toBe( 1 );
		expect( parseTrustProxy( 'true' ) ).toBe( true );
		expect( parseTrustProxy( 'false' ) ).toBe( false );
		expect( parseTrustProxy( 'loopback' ) ).toBe( 'loopback' );
		expect( parseTrustProxy( '10.0.0.1, 10.0.0.2' ) ).toBe(
			'10.0.0.1, 10.0.0.2'
		);
	} );
} );
