import request from 'supertest';
import {
	addCustomer,
	API,
	createTestApp,
	type TestApp,
} from '../../support/test-app';

/** RULES B2 through `GET /events`: the outbox as the admin reads it. */
describe( 'GET /events', () => {
	let t: TestApp;

	beforeEach( () => {
		t = createTestApp();
	} );

	const createProduct = ( name: string ) =>
		request( t.app )
			.post( `${ API }/products` )
			.set( 'Authorization', t.admin )
			.send( { name, type: 'plan', amount: 1500, group: 'Web' } )
			.expect( 201 );

	it( 'lists product changes newest first with increasing ids and the object after the change', async () => {
		const starter = await createProduct( 'Starter' );
		await request( t.app )
			.put( `${ API }/products/${ starter.body.id }` )
			.set( 'Authorization', t.admin )
			.send( { amount: 1900 } )
			.expect( 200 );
		await request( t.app )
			.delete( `${ API }/products/${ starter.body.id }` )
			.set( 'Authorization', t.admin )
			.expect( 200 );

		const res = await request( t.app )
			.get( `${ API }/events` )
			.set( 'Authorization', t.admin )
			.expect( 200 );
		expect( res.headers[ 'x-wp-total' ] ).toBe( '3' );
		expect( res.body.map( ( e: { type: string } ) => e.type ) ).toEqual( [
			'product.deleted',
			'product.updated',
			'product.created',
		] );
		const [ deleted, updated, created ] = res.body;
		expect( deleted.id ).toBeGreaterThan( updated.id );
		expect( updated.id ).toBeGreaterThan( created.id );
		expect( created.created_at ).toBe( '2026-03-11T10:00:00Z' );
		expect( created.data.object ).toMatchObject( {
			id: starter.body.id,
			name: 'Starter',
			amount: 1500,
		} );
		expect( updated.data.object.amount ).toBe( 1900 );
	} );

	it( 'filters by type and by cursor (`after`)', async () => {
		const first = await createProduct( 'One' );
		await createProduct( 'Two' );
		const all = await request( t.app )
			.get( `${ API }/events?type=product.created&order=asc` )
			.set( 'Authorization', t.admin )
			.expect( 200 );
		expect( all.body ).toHaveLength( 2 );
		expect( all.body[ 0 ].data.object.id ).toBe( first.body.id );
		const after = await request( t.app )
			.get( `${ API }/events?after=${ all.body[ 0 ].id }` )
			.set( 'Authorization', t.admin )
			.expect( 200 );
		expect(
			after.body.map(
				( e: { data: { object: { name: string } } } ) =>
					e.data.object.name
			)
		).toEqual( [ 'Two' ] );
	} );

	it( 'announces nothing for a refused change', async () => {
		await request( t.app )
			.post( `${ API }/products` )
			.set( 'Authorization', t.admin )
			.send( { name: 'Bad', type: 'plan', amount: -1 } )
			.expect( 400 );
		const res = await request( t.app )
			.get( `${ API }/events` )
			.set( 'Authorization', t.admin )
			.expect( 200 );
		expect( res.body ).toEqual( [] );
	} );

	it( 'is for the network admin only, and names a bad type filter', async () => {
		await addCustomer( t, 'ana' );
		await request( t.app )
			.get( `${ API }/events` )
			.set( 'Authorization', t.basic( 'ana' ) )
			.expect( 403 );
		const bad = await request( t.app )
			.get( `${ API }/events?type=membership.exploded` )
			.set( 'Authorization', t.admin )
			.expect( 400 );
		expect( bad.body.code ).toBe( 'rest_invalid_param' );
		expect( Object.keys( bad.body.data.params ) ).toEqual( [ 'type' ] );
	} );
} );
