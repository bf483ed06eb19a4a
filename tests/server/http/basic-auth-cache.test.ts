import request from 'supertest';
import {
	addCustomer,
	API,
	basicAuth,
	createTestApp,
	CUSTOMER_PASSWORD,
} from '../../support/test-app';

// Basic credentials are verified once and then cached with the account: a change to the
// account must drop them, so that the next request sees it.
describe( 'cached Basic credentials', () => {
	it( 'show a changed display name on the very next request', async () => {
		const t = createTestApp();
		const customer = await addCustomer( t, 'nadia' );
		const auth = t.basic( 'nadia' );
		await request( t.app )
			.get( `${ API }/users/me` )
			.set( 'Authorization', auth )
			.expect( 200 );
		await request( t.app )
			.put( `${ API }/customers/${ customer.id }` )
			.set( 'Authorization', t.admin )
			.send( { display_name: 'Nadia N.' } )
			.expect( 200 );
		const me = await request( t.app )
			.get( `${ API }/users/me` )
			.set( 'Authorization', auth )
			.expect( 200 );
		expect( me.body.display_name ).toBe( 'Nadia N.' );
	} );

	it( 'stop working the moment the password changes', async () => {
		const t = createTestApp();
		const customer = await addCustomer( t, 'omar' );
		const old = t.basic( 'omar' );
		await request( t.app )
			.get( `${ API }/users/me` )
			.set( 'Authorization', old )
			.expect( 200 );
		await request( t.app )
			.put( `${ API }/customers/${ customer.id }` )
			.set( 'Authorization', old )
			.send( {
				password: 'a-new-password',
				current_password: CUSTOMER_PASSWORD,
			} )
			.expect( 200 );
		await request( t.app )
			.get( `${ API }/users/me` )
			.set( 'Authorization', basicAuth( 'omar', CUSTOMER_PASSWORD ) )
			.expect( 401 );
		await request( t.app )
			.get( `${ API }/users/me` )
			.set( 'Authorization', basicAuth( 'omar', 'a-new-password' ) )
			.expect( 200 );
	} );
} );
