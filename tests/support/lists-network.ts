import request from 'supertest';
import {
	addMembership,
	createCatalogue,
	type Catalogue,
} from './http-catalogue';
import {
	API,
	CUSTOMER_PASSWORD,
	createTestApp,
	type TestApp,
} from './test-app';

/**
 * The small network the list tests read (tests/server/http/lists*.test.ts): the RULES §9
 * catalogue, customers Anna Berg, Bjørn Dahl and Carla Moe, and memberships Anna Premium
 * (+ 2 Extra Disk), Bjørn Basic, Carla Free (trialing) and Carla Basic (cancelled).
 */
export interface ListsNetwork {
	t: TestApp;
	c: Catalogue;
	anna: number;
	bjorn: number;
	carla: number;
	m: { anna: number; bjorn: number; carlaFree: number; carlaOld: number };
	/** GET under the namespace, as the admin unless `auth` says otherwise. */
	get: ( path: string, auth?: string ) => request.Test;
}

/** The ids of a list's items, in order. */
export const ids = ( body: { id: number }[] ) => body.map( ( x ) => x.id );

export async function listsNetwork(): Promise< ListsNetwork > {
	const t = createTestApp();
	const c = await createCatalogue( t );
	const customer = async ( username: string, displayName: string ) =>
		(
			await request( t.app )
				.post( `${ API }/customers` )
				.set( 'Authorization', t.admin )
				.send( {
					username,
					email: `${ username }@example.test`,
					password: CUSTOMER_PASSWORD,
					display_name: displayName,
				} )
				.expect( 201 )
		).body.id as number;
	const anna = await customer( 'anna', 'Anna Berg' );
	const bjorn = await customer( 'bjorn', 'Bjørn Dahl' );
	const carla = await customer( 'carla', 'Carla Moe' );
	const add = async ( body: Record< string, unknown > ) =>
		( await addMembership( t, body ) ).id as number;
	const m = {
		anna: await add( {
			customer_id: anna,
			plan_id: c.premium,
			addons: [ { product_id: c.disk, quantity: 2 } ],
		} ),
		bjorn: await add( { customer_id: bjorn, plan_id: c.basic } ),
		carlaFree: await add( {
			customer_id: carla,
			plan_id: c.free,
			status: 'trialing',
			trial_end: '2026-03-25T10:00:00Z',
		} ),
		carlaOld: await add( { customer_id: carla, plan_id: c.basic } ),
	};
	await request( t.app )
		.put( `${ API }/memberships/${ m.carlaOld }` )
		.set( 'Authorization', t.admin )
		.send( { status: 'cancelled' } )
		.expect( 200 );
	const get = ( path: string, auth = t.admin ) =>
		request( t.app )
			.get( `${ API }${ path }` )
			.set( 'Authorization', auth );
	return { t, c, anna, bjorn, carla, m, get };
}
