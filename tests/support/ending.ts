import request from 'supertest';
import {
	addMembership,
	createCatalogue,
	type Catalogue,
} from './http-catalogue';
import { addCustomer, API, createTestApp, type TestApp } from './test-app';

/** A network for the ending stories (RULES §11): the §9 catalogue, carla with a saved good card. */
export interface EndingWorld {
	t: TestApp;
	c: Catalogue;
	carla: { id: number };
	/** carla's Basic auth. */
	auth: string;
	moveClock: ( now: string ) => Promise< Record< string, any > >;
	getMembership: (
		id: number,
		as?: string
	) => Promise< Record< string, any > >;
	getPayment: ( id: number ) => Promise< Record< string, any > >;
	wallet: ( customerId: number ) => Promise< Record< string, any >[] >;
	balance: ( customerId: number ) => Promise< number >;
	/** Quotes `target` for membership `id` as carla and pays it with the test card 4242…; the checkout body. */
	change: (
		id: number,
		target: Record< string, unknown >
	) => Promise< Record< string, any > >;
	/** A Free membership of carla moved to Premium monthly by card now (E2: 14900 paid). */
	premiumByCard: () => Promise< { membershipId: number; paymentId: number } >;
	addMembership: (
		body: Record< string, unknown >
	) => Promise< Record< string, any > >;
}

export async function endingWorld(
	now = '2026-03-11T10:00:00Z'
): Promise< EndingWorld > {
	const t = createTestApp( now );
	const c = await createCatalogue( t );
	const carla = await addCustomer( t, 'carla' );
	const auth = t.basic( 'carla' );
	await request( t.app )
		.put( `${ API }/customers/${ carla.id }` )
		.set( 'Authorization', auth )
		.send( {
			payment_method: { type: 'test_card', number: '4242424242424242' },
		} )
		.expect( 200 );
	const world: EndingWorld = {
		t,
		c,
		carla,
		auth,
		moveClock: async ( to ) =>
			(
				await request( t.app )
					.put( `${ API }/clock` )
					.set( 'Authorization', t.admin )
					.send( { now: to } )
					.expect( 200 )
			).body,
		getMembership: async ( id, as = t.admin ) =>
			(
				await request( t.app )
					.get( `${ API }/memberships/${ id }` )
					.set( 'Authorization', as )
					.expect( 200 )
			).body,
		getPayment: async ( id ) =>
			(
				await request( t.app )
					.get( `${ API }/payments/${ id }` )
					.set( 'Authorization', t.admin )
					.expect( 200 )
			).body,
		wallet: async ( customerId ) =>
			(
				await request( t.app )
					.get( `${ API }/customers/${ customerId }/wallet` )
					.set( 'Authorization', t.admin )
					.expect( 200 )
			).body,
		balance: async ( customerId ) =>
			(
				await request( t.app )
					.get( `${ API }/customers/${ customerId }` )
					.set( 'Authorization', t.admin )
					.expect( 200 )
			).body.wallet_balance,
		change: async ( id, target ) => {
			const quote = await request( t.app )
				.post( `${ API }/memberships/${ id }/quote` )
				.set( 'Authorization', auth )
				.send( target )
				.expect( 200 );
			return (
				await request( t.app )
					.post( `${ API }/memberships/${ id }/checkout` )
					.set( 'Authorization', auth )
					.send( {
						quote_id: quote.body.id,
						payment_method: {
							type: 'test_card',
							number: '4242424242424242',
						},
					} )
					.expect( 200 )
			).body;
		},
		premiumByCard: async () => {
			const free = await addMembership( t, {
				customer_id: carla.id,
				plan_id: c.free,
			} );
			const paid = await world.change( free.id, { plan_id: c.premium } );
			return { membershipId: free.id, paymentId: paid.payment.id };
		},
		addMembership: ( body ) =>
			addMembership( t, { customer_id: carla.id, ...body } ),
	};
	return world;
}
