import request from 'supertest';
import {
	addMembership,
	createCatalogue,
	type Catalogue,
} from '../../support/http-catalogue';
import {
	addCustomer,
	API,
	createTestApp,
	type TestApp,
} from '../../support/test-app';

// GET /sites filters: `membership` and `customer` (admin); a customer sees only their own.
const NOW = '2026-03-11T10:00:00Z';

describe( 'GET /sites filters', () => {
	let t: TestApp;
	let c: Catalogue;
	let carla: { id: number };
	let dora: { id: number };
	let sites: { carlaA: number; carlaB: number; dora: number };

	async function addSite(
		membershipId: number,
		name: string
	): Promise< number > {
		const res = await request( t.app )
			.post( `${ API }/sites` )
			.set( 'Authorization', t.admin )
			.send( {
				membership_id: membershipId,
				title: name,
				path: `/${ name }/`,
			} )
			.expect( 201 );
		return res.body.id;
	}

	beforeEach( async () => {
		t = createTestApp( NOW );
		c = await createCatalogue( t );
		carla = await addCustomer( t, 'carla' );
		dora = await addCustomer( t, 'dora' );
		const first = await addMembership( t, {
			customer_id: carla.id,
			plan_id: c.premium,
		} );
		const second = await addMembership( t, {
			customer_id: carla.id,
			plan_id: c.basic,
		} );
		const doras = await addMembership( t, {
			customer_id: dora.id,
			plan_id: c.premium,
		} );
		sites = {
			carlaA: await addSite( first.id, 'carla-a' ),
			carlaB: await addSite( second.id, 'carla-b' ),
			dora: await addSite( doras.id, 'dora' ),
		};
		( t as TestApp & { memberships: number[] } ).memberships = [
			first.id,
			second.id,
			doras.id,
		];
	} );

	const memberships = () =>
		( t as TestApp & { memberships: number[] } ).memberships;
	const list = async ( query: string, as = t.admin ) => {
		const res = await request( t.app )
			.get( `${ API }/sites${ query }` )
			.set( 'Authorization', as )
			.expect( 200 );
		return {
			ids: res.body.map( ( site: { id: number } ) => site.id ),
			total: res.headers[ 'x-wp-total' ],
		};
	};

	it( 'filters by membership', async () => {
		expect( await list( `?membership=${ memberships()[ 0 ] }` ) ).toEqual( {
			ids: [ sites.carlaA ],
			total: '1',
		} );
		expect( await list( `?membership=${ memberships()[ 2 ] }` ) ).toEqual( {
			ids: [ sites.dora ],
			total: '1',
		} );
		expect( await list( '' ) ).toEqual( {
			ids: [ sites.carlaA, sites.carlaB, sites.dora ],
			total: '3',
		} );
	} );

	it( 'filters by customer for the admin, and by both together', async () => {
		expect( await list( `?customer=${ carla.id }` ) ).toEqual( {
			ids: [ sites.carlaA, sites.carlaB ],
			total: '2',
		} );
		expect( await list( `?customer=${ dora.id }` ) ).toEqual( {
			ids: [ sites.dora ],
			total: '1',
		} );
		expect(
			await list(
				`?customer=${ carla.id }&membership=${ memberships()[ 1 ] }`
			)
		).toEqual( { ids: [ sites.carlaB ], total: '1' } );
		expect(
			await list(
				`?customer=${ dora.id }&membership=${ memberships()[ 0 ] }`
			)
		).toEqual( { ids: [], total: '0' } );
		const bad = await request( t.app )
			.get( `${ API }/sites?customer=abc` )
			.set( 'Authorization', t.admin )
			.expect( 400 );
		expect( bad.body.data.params ).toHaveProperty( 'customer' );
	} );

	it( 'keeps a customer to their own sites whatever the filters say', async () => {
		const auth = t.basic( 'carla' );
		expect( await list( '', auth ) ).toEqual( {
			ids: [ sites.carlaA, sites.carlaB ],
			total: '2',
		} );
		expect( await list( `?customer=${ carla.id }`, auth ) ).toEqual( {
			ids: [ sites.carlaA, sites.carlaB ],
			total: '2',
		} );
		expect( await list( `?customer=${ dora.id }`, auth ) ).toEqual( {
			ids: [],
			total: '0',
		} );
		expect(
			await list( `?membership=${ memberships()[ 2 ] }`, auth )
		).toEqual( { ids: [], total: '0' } );
		expect(
			await list( `?membership=${ memberships()[ 1 ] }`, auth )
		).toEqual( { ids: [ sites.carlaB ], total: '1' } );
	} );
} );
