import request from 'supertest';
import {
	ADMIN,
	addCustomer,
	API,
	basicAuth,
	cookieLogin,
	createTestApp,
	CUSTOMER_PASSWORD,
	type TestApp,
} from '../../support/test-app';

// Issue 10, point 6: a password change on one's own account needs the current password, and any
// password change ends every other session of that user (API.md "Accounts and the edge").
const me = ( t: TestApp, session: { cookie: string } ) =>
	request( t.app ).get( `${ API }/users/me` ).set( 'Cookie', session.cookie );

describe( 'changing a password', () => {
	it( "of one's own customer account needs current_password", async () => {
		const t = createTestApp();
		const customer = await addCustomer( t, 'cora' );
		const put = ( body: Record< string, unknown > ) =>
			request( t.app )
				.put( `${ API }/customers/${ customer.id }` )
				.set( 'Authorization', t.basic( 'cora' ) )
				.send( body );
		const missing = await put( { password: 'a-new-password' } ).expect(
			400
		);
		expect( missing.body.code ).toBe( 'rest_invalid_param' );
		expect( Object.keys( missing.body.data.params ) ).toEqual( [
			'current_password',
		] );
		const wrong = await put( {
			password: 'a-new-password',
			current_password: 'not-it',
		} ).expect( 400 );
		expect( wrong.body.data.params.current_password ).toBe(
			'The current password is incorrect.'
		);
		await request( t.app )
			.get( `${ API }/users/me` )
			.set( 'Authorization', basicAuth( 'cora', 'a-new-password' ) )
			.expect( 401 );
		// Other changes need no password at all.
		await put( { display_name: 'Cora C.' } ).expect( 200 );
		await put( {
			password: 'a-new-password',
			current_password: CUSTOMER_PASSWORD,
		} ).expect( 200 );
		await request( t.app )
			.get( `${ API }/users/me` )
			.set( 'Authorization', basicAuth( 'cora', 'a-new-password' ) )
			.expect( 200 );
	} );

	it( "ends the customer's other sessions and keeps the one that changed it", async () => {
		const t = createTestApp();
		const customer = await addCustomer( t, 'dana' );
		const laptop = await cookieLogin( t, 'dana', CUSTOMER_PASSWORD );
		const phone = await cookieLogin( t, 'dana', CUSTOMER_PASSWORD );
		const admin = await cookieLogin( t, ADMIN.username, ADMIN.password );
		await request( t.app )
			.put( `${ API }/customers/${ customer.id }` )
			.set( 'Cookie', laptop.cookie )
			.set( 'X-WP-Nonce', laptop.nonce )
			.send( {
				password: 'dana-new-password',
				current_password: CUSTOMER_PASSWORD,
			} )
			.expect( 200 );
		await me( t, laptop ).expect( 200 );
		await me( t, phone ).expect( 401 );
		await me( t, admin ).expect( 200 );
		await request( t.app )
			.post( '/wp-login.php' )
			.send( { log: 'dana', pwd: 'dana-new-password' } )
			.expect( 200 );
	} );

	it( "by the admin needs no current password and ends all of the customer's sessions", async () => {
		const t = createTestApp();
		const customer = await addCustomer( t, 'eli' );
		const one = await cookieLogin( t, 'eli', CUSTOMER_PASSWORD );
		const two = await cookieLogin( t, 'eli', CUSTOMER_PASSWORD );
		await request( t.app )
			.get( `${ API }/users/me` )
			.set( 'Authorization', t.basic( 'eli' ) )
			.expect( 200 );
		await request( t.app )
			.put( `${ API }/customers/${ customer.id }` )
			.set( 'Authorization', t.admin )
			.send( { password: 'set-by-admin' } )
			.expect( 200 );
		await me( t, one ).expect( 401 );
		await me( t, two ).expect( 401 );
		// The cached Basic credentials are gone too.
		await request( t.app )
			.get( `${ API }/users/me` )
			.set( 'Authorization', t.basic( 'eli' ) )
			.expect( 401 );
		await request( t.app )
			.get( `${ API }/users/me` )
			.set( 'Authorization', basicAuth( 'eli', 'set-by-admin' ) )
			.expect( 200 );
	} );

	it( "through PUT /users/me works for the admin's own account the same way", async () => {
		const t = createTestApp();
		const here = await cookieLogin( t, ADMIN.username, ADMIN.password );
		const elsewhere = await cookieLogin(
			t,
			ADMIN.username,
			ADMIN.password
		);
		const put = ( body: Record< string, unknown > ) =>
			request( t.app )
				.put( `${ API }/users/me` )
				.set( 'Cookie', here.cookie )
				.set( 'X-WP-Nonce', here.nonce )
				.send( body );
		expect(
			( await put( { password: 'admin-new-password' } ).expect( 400 ) )
				.body.data.params
		).toHaveProperty( 'current_password' );
		await me( t, elsewhere ).expect( 200 );
		const changed = await put( {
			password: 'admin-new-password',
			current_password: ADMIN.password,
			display_name: 'The Admin',
		} ).expect( 200 );
		expect( changed.body ).toEqual( {
			id: expect.any( Number ),
			username: 'admin',
			display_name: 'The Admin',
			role: 'network_admin',
			locale: 'en_US',
		} );
		await me( t, here ).expect( 200 );
		await me( t, elsewhere ).expect( 401 );
		await request( t.app )
			.get( `${ API }/users/me` )
			.set( 'Authorization', t.admin )
			.expect( 401 );
		await request( t.app )
			.get( `${ API }/users/me` )
			.set( 'Authorization', basicAuth( 'admin', 'admin-new-password' ) )
			.expect( 200 );
	} );

	it( 'with wrong current passwords is throttled like failed logins', async () => {
		const t = createTestApp();
		const put = ( current: string ) =>
			request( t.app )
				.put( `${ API }/users/me` )
				.set( 'Authorization', t.admin )
				.send( {
					password: 'admin-new-password',
					current_password: current,
				} );
		for ( let i = 0; i < 4; i++ ) {
			await put( `guess-${ i }` ).expect( 400 );
		}
		const blocked = await put( 'guess-4' ).expect( 429 );
		expect( blocked.body.code ).toBe( 'too_many_login_attempts' );
		expect( Number( blocked.headers[ 'retry-after' ] ) ).toBeGreaterThan(
			0
		);
	} );
} );
