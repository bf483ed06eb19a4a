import request from 'supertest';
import { addCustomer, API, createTestApp } from '../../support/test-app';
import { createCatalogue } from '../../support/http-catalogue';

// Issue 11: a validation message names each field as the screens label it, never by its wire name.
const WIRE_NAMES =
	/\b(current_password|duration_unit|trial_end|period_end|payment_method|display_name|product_id)\b|^(username|email|password|duration|addons) /;

describe( 'validation messages speak the screens’ words', () => {
	it( 'names Username, Email and Password on the customer form', async () => {
		const t = createTestApp();
		const res = await request( t.app )
			.post( `${ API }/customers` )
			.set( 'Authorization', t.admin )
			.send( {
				username: 'x',
				email: 'not-an-address',
				password: 'short',
			} )
			.expect( 400 );
		expect( res.body.data.params ).toEqual( {
			username: 'Username must be 3 to 60 letters, digits or . _ @ -.',
			email: 'Email must be an email address.',
			password: 'Password must be at least 8 characters.',
		} );
		const empty = await request( t.app )
			.post( `${ API }/customers` )
			.set( 'Authorization', t.admin )
			.send( {
				username: ' ',
				email: 'a@example.test',
				password: 'long-enough',
			} )
			.expect( 400 );
		expect( empty.body.data.params.username ).toBe(
			'Username must not be empty.'
		);
	} );

	it( 'names the billing period, the trial end and the add-ons on a new membership, and the current password', async () => {
		const t = createTestApp();
		const c = await createCatalogue( t );
		const carla = await addCustomer( t, 'carla' );
		const res = await request( t.app )
			.post( `${ API }/memberships` )
			.set( 'Authorization', t.admin )
			.send( {
				customer_id: carla.id,
				plan_id: c.basic,
				duration: 1,
				trial_end: '2026-04-01T00:00:00Z',
				addons: 'all',
			} )
			.expect( 400 );
		for ( const reason of Object.values(
			res.body.data.params as Record< string, string >
		) ) {
			expect( reason ).not.toMatch( WIRE_NAMES );
		}
		expect( res.body.data.params ).toMatchObject( {
			duration_unit: expect.stringMatching( /billing period/ ),
			trial_end: expect.stringMatching( /^A trial end/ ),
			addons: expect.stringMatching( /^Add-ons/ ),
		} );
		const own = await request( t.app )
			.put( `${ API }/customers/${ carla.id }` )
			.set( 'Authorization', t.basic( 'carla' ) )
			.send( { password: 'a-new-password' } )
			.expect( 400 );
		expect(
			Object.values(
				own.body.data.params as Record< string, string >
			).join( ' ' )
		).not.toMatch( WIRE_NAMES );
	} );
} );
