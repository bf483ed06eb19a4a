import request from 'supertest';
import {
	addCustomer,
	API,
	createTestApp,
	type TestApp,
} from '../../support/test-app';

/** Issue 16: who changed what, with the object before and after, through `GET /audit`. */
describe( 'the audit log', () => {
	let t: TestApp;

	beforeEach( () => {
		t = createTestApp();
	} );

	const audit = ( query = '' ) =>
		request( t.app )
			.get( `${ API }/audit${ query }` )
			.set( 'Authorization', t.admin )
			.expect( 200 );

	it( 'records a product’s creation, change and deletion by the admin, with before and after', async () => {
		const created = await request( t.app )
			.post( `${ API }/products` )
			.set( 'Authorization', t.admin )
			.send( { name: 'Team', type: 'plan', amount: 4900, group: 'Web' } )
			.expect( 201 );
		const id = created.body.id;
		await request( t.app )
			.put( `${ API }/products/${ id }` )
			.set( 'Authorization', t.admin )
			.send( { amount: 5900 } )
			.expect( 200 );
		await request( t.app )
			.delete( `${ API }/products/${ id }` )
			.set( 'Authorization', t.admin )
			.expect( 200 );
		const res = await audit( `?object_type=product&object_id=${ id }` );
		expect( res.headers[ 'x-wp-total' ] ).toBe( '3' );
		const [ deleted, updated, made ] = res.body;
		expect( made ).toMatchObject( {
			action: 'product.created',
			object_type: 'product',
			object_id: id,
			before: null,
			after: { name: 'Team', amount: 4900 },
			at: '2026-03-11T10:00:00Z',
		} );
		expect( made.actor ).toEqual( {
			id: expect.any( Number ),
			username: 'admin',
		} );
		expect( updated ).toMatchObject( {
			action: 'product.updated',
			before: { amount: 4900 },
			after: { amount: 5900 },
		} );
		expect( deleted ).toMatchObject( {
			action: 'product.deleted',
			before: { amount: 5900 },
			after: null,
		} );
	} );

	it( 'records customers created by the admin and changed by themselves, never a password', async () => {
		const customer = await addCustomer( t, 'ana' );
		await request( t.app )
			.put( `${ API }/users/me` )
			.set( 'Authorization', t.basic( 'ana' ) )
			.send( {
				display_name: 'Ana Lima',
				password: 'a-new-password-1',
				current_password: 'customer-password',
			} )
			.expect( 200 );
		const res = await audit(
			`?object_type=customer&object_id=${ customer.id }`
		);
		expect( res.body.map( ( e: { action: string } ) => e.action ) ).toEqual(
			[ 'customer.updated', 'customer.created' ]
		);
		expect( res.body[ 0 ] ).toMatchObject( {
			actor: { username: 'ana' },
			before: { display_name: 'ana' },
			after: { display_name: 'Ana Lima', password_changed: true },
		} );
		expect( JSON.stringify( res.body ) ).not.toMatch(
			/a-new-password-1|customer-password|\$argon|\$scrypt/
		);
		// Filtered by who did it.
		const byAna = await audit( `?actor=${ res.body[ 0 ].actor.id }` );
		expect( byAna.body ).toHaveLength( 1 );
	} );

	it( 'names the system for what falls due when the clock moves, and the admin for the move', async () => {
		await request( t.app )
			.put( `${ API }/clock` )
			.set( 'Authorization', t.admin )
			.send( { now: '2026-04-01T00:00:00Z' } )
			.expect( 200 );
		const res = await audit( '?object_type=settings' );
		expect( res.body[ 0 ] ).toMatchObject( {
			action: 'settings.clock_moved',
			actor: { username: 'admin' },
			before: { now: '2026-03-11T10:00:00Z' },
			after: { now: '2026-04-01T00:00:00Z' },
		} );
	} );

	it( 'is the network admin’s only, and names a bad filter', async () => {
		await addCustomer( t, 'ana' );
		await request( t.app )
			.get( `${ API }/audit` )
			.set( 'Authorization', t.basic( 'ana' ) )
			.expect( 403 );
		const bad = await request( t.app )
			.get( `${ API }/audit?object_type=planet` )
			.set( 'Authorization', t.admin )
			.expect( 400 );
		expect( Object.keys( bad.body.data.params ) ).toEqual( [
			'object_type',
		] );
	} );
} );
