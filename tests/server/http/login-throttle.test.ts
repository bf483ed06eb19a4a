import request from 'supertest';
import {
	addCustomer,
	API,
	basicAuth,
	cookieLogin,
	createTestApp,
	CUSTOMER_PASSWORD,
	type TestApp,
} from '../../support/test-app';

// Issue 10, point 2: failed logins (form and Basic) are throttled per account and per client
// address with 429 + Retry-After; the block ends, and other users are still served meanwhile.
const login = ( t: TestApp, log: string, pwd: string, from?: string ) => {
	const req = request( t.app )
		.post( '/wp-login.php' )
		.set( 'Content-Type', 'application/json' );
	return ( from ? req.set( 'X-Forwarded-For', from ) : req ).send( {
		log,
		pwd,
	} );
};

function expectThrottled( response: request.Response ) {
	expect( response.status ).toBe( 429 );
	expect( Number( response.headers[ 'retry-after' ] ) ).toBeGreaterThan( 0 );
	expect( response.body ).toEqual( {
		code: 'too_many_login_attempts',
		message: expect.stringMatching(
			/^Too many failed login attempts\. Try again in \d+ minutes?\.$/
		),
		data: expect.objectContaining( { status: 429 } ),
	} );
}

describe( 'failed logins', () => {
	it( 'are throttled per account after a burst while another user is still served', async () => {
		const t = createTestApp();
		await addCustomer( t, 'victim' );
		await addCustomer( t, 'other' );
		const other = await cookieLogin( t, 'other', CUSTOMER_PASSWORD );
		// A burst of wrong passwords and, at the same time, another customer's requests.
		const [ burst, served ] = await Promise.all( [
			Promise.all(
				Array.from( { length: 8 }, ( _, i ) =>
					login( t, 'victim', `wrong-${ i }` )
				)
			),
			Promise.all(
				Array.from( { length: 4 }, () =>
					request( t.app )
						.get( `${ API }/users/me` )
						.set( 'Cookie', other.cookie )
				)
			),
		] );
		expect(
			burst.map( ( r ) => r.status ).filter( ( s ) => s === 401 )
		).toHaveLength( 4 );
		burst.filter( ( r ) => r.status !== 401 ).forEach( expectThrottled );
		expect( served.map( ( r ) => [ r.status, r.body.username ] ) ).toEqual(
			Array( 4 ).fill( [ 200, 'other' ] )
		);
		// Blocked: even the right password is not tried (by username or by email), and no cookie is set.
		const right = await login( t, 'victim', CUSTOMER_PASSWORD );
		expectThrottled( right );
		expect( right.headers[ 'set-cookie' ] ).toBeUndefined();
		expectThrottled(
			await login( t, 'victim@example.test', CUSTOMER_PASSWORD )
		);
		// Others still log in, with the form and with Basic.
		await login( t, 'other', CUSTOMER_PASSWORD ).expect( 200 );
		await request( t.app )
			.get( `${ API }/users/me` )
			.set( 'Authorization', t.admin )
			.expect( 200 );
	} );

	it( 'with Basic auth are throttled too, and cached good credentials keep working', async () => {
		const t = createTestApp();
		await addCustomer( t, 'basil' );
		await request( t.app )
			.get( `${ API }/users/me` )
			.set( 'Authorization', t.basic( 'basil' ) )
			.expect( 200 );
		const statuses: number[] = [];
		let last: request.Response | undefined;
		for ( let i = 0; i < 6; i++ ) {
			last = await request( t.app )
				.get( `${ API }/users/me` )
				.set( 'Authorization', basicAuth( 'basil', `nope-${ i }` ) );
			statuses.push( last.status );
		}
		expect( statuses ).toEqual( [ 401, 401, 401, 401, 429, 429 ] );
		expectThrottled( last as request.Response );
		await request( t.app )
			.get( `${ API }/users/me` )
			.set( 'Authorization', t.basic( 'basil' ) )
			.expect( 200 );
	} );

	it( 'count only failures: a successful login starts the account count again', async () => {
		const t = createTestApp();
		await addCustomer( t, 'sam' );
		for ( let round = 0; round < 3; round++ ) {
			for ( let i = 0; i < 4; i++ ) {
				await login( t, 'sam', 'wrong-password' ).expect( 401 );
			}
			await login( t, 'sam', CUSTOMER_PASSWORD ).expect( 200 );
		}
		for ( let i = 0; i < 40; i++ ) {
			await request( t.app )
				.get( `${ API }/users/me` )
				.set( 'Authorization', t.admin )
				.expect( 200 );
		}
	} );

	it( 'are throttled per client address across usernames, and other addresses still log in', async () => {
		const t = createTestApp( undefined, { trustProxy: true } );
		await addCustomer( t, 'real' );
		for ( let i = 0; i < 29; i++ ) {
			await login( t, `guess-${ i }`, 'x', '203.0.113.7' ).expect( 401 );
		}
		expectThrottled( await login( t, 'guess-29', 'x', '203.0.113.7' ) );
		expectThrottled(
			await login( t, 'real', CUSTOMER_PASSWORD, '203.0.113.7' )
		);
		await login( t, 'real', CUSTOMER_PASSWORD, '198.51.100.2' ).expect(
			200
		);
	} );

	describe( 'when the block has expired', () => {
		beforeEach( () => {
			// Only Date moves: the network, the HTTP server and supertest keep their real timers.
			jest.useFakeTimers( {
				now: new Date( '2026-03-11T10:00:00Z' ),
				doNotFake: [
					'hrtime',
					'nextTick',
					'performance',
					'queueMicrotask',
					'setImmediate',
					'clearImmediate',
					'setInterval',
					'clearInterval',
					'setTimeout',
					'clearTimeout',
				],
			} );
		} );
		afterEach( () => jest.useRealTimers() );

		it( 'lets the owner log in again', async () => {
			const t = createTestApp();
			await addCustomer( t, 'owner' );
			for ( let i = 0; i < 4; i++ ) {
				await login( t, 'owner', 'guess' ).expect( 401 );
			}
			const blocked = await login( t, 'owner', 'guess' );
			expectThrottled( blocked );
			expect( Number( blocked.headers[ 'retry-after' ] ) ).toBe(
				15 * 60
			);
			jest.setSystemTime( new Date( '2026-03-11T10:14:00Z' ) );
			expectThrottled( await login( t, 'owner', CUSTOMER_PASSWORD ) );
			jest.setSystemTime( new Date( '2026-03-11T10:15:01Z' ) );
			const back = await login( t, 'owner', CUSTOMER_PASSWORD ).expect(
				200
			);
			expect( String( back.headers[ 'set-cookie' ] ) ).toMatch(
				/wu_logged_in=/
			);
		} );
	} );
} );
