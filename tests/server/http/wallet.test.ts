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

// The wallet ledger (RULES W1, W3) on the wire: GET /customers/{id}/wallet.
const NOW = '2026-03-11T10:00:00Z';

describe( 'GET /customers/{id}/wallet', () => {
	let t: TestApp;
	let c: Catalogue;
	let carla: { id: number };
	let auth: string;

	beforeEach( async () => {
		t = createTestApp( NOW );
		c = await createCatalogue( t );
		carla = await addCustomer( t, 'carla' );
		auth = t.basic( 'carla' );
	} );

	const wallet = ( customerId: number, as: string, query = '' ) =>
		request( t.app )
			.get( `${ API }/customers/${ customerId }/wallet${ query }` )
			.set( 'Authorization', as );

	/** A yearly Premium moved to a dearer weekly plan: the year's credit exceeds the week's charge (K5, W1). */
	async function upgradeWithExcessCredit(): Promise< { paymentId: number } > {
		const yearly = await addMembership( t, {
			customer_id: carla.id,
			plan_id: c.premium,
			duration: 1,
			duration_unit: 'year',
			period_start: NOW,
		} );
		const sprint = (
			await request( t.app )
				.post( `${ API }/products` )
				.set( 'Authorization', t.admin )
				.send( {
					name: 'Sprint',
					type: 'plan',
					amount: 10000,
					duration: 1,
					duration_unit: 'week',
					group: 'High End',
					list_order: 5,
				} )
		).body;
		const quote = (
			await request( t.app )
				.post( `${ API }/memberships/${ yearly.id }/quote` )
				.set( 'Authorization', auth )
				.send( {
					plan_id: sprint.id,
					duration: 1,
					duration_unit: 'week',
				} )
				.expect( 200 )
		).body;
		const paid = await request( t.app )
			.post( `${ API }/memberships/${ yearly.id }/checkout` )
			.set( 'Authorization', auth )
			.send( { quote_id: quote.id } )
			.expect( 200 );
		return { paymentId: paid.body.payment.id };
	}

	it( 'W1 lists the credit above the charge with its payment, and the customer reads their own', async () => {
		const empty = await wallet( carla.id, t.admin ).expect( 200 );
		expect( empty.body ).toEqual( [] );
		expect( empty.headers[ 'x-wp-total' ] ).toBe( '0' );

		const { paymentId } = await upgradeWithExcessCredit();
		const res = await wallet( carla.id, auth ).expect( 200 );
		expect( res.body ).toEqual( [
			{
				id: expect.any( Number ),
				amount: 89000,
				currency: 'USD',
				reason: expect.any( String ),
				payment_id: paymentId,
				balance_after: 89000,
				// Made by the billing engine, not by hand (RULES X4).
				actor: null,
				created_at: NOW,
			},
		] );
		expect( res.headers[ 'x-wp-total' ] ).toBe( '1' );
		expect( res.headers[ 'x-wp-totalpages' ] ).toBe( '1' );
		const customer = (
			await request( t.app )
				.get( `${ API }/customers/${ carla.id }` )
				.set( 'Authorization', auth )
		).body;
		expect( customer.wallet_balance ).toBe( 89000 );
	} );

	it( 'W3 lists newest first, pages with X-WP-Total, and carries the balance after each entry', async () => {
		const add = ( amount: number, reason: string ) =>
			t.ctx.wallet.add( {
				customerId: carla.id,
				amount,
				currency: 'USD',
				reason,
				paymentId: null,
				createdAt: NOW,
			} );
		add( 5000, 'first' );
		add( -2000, 'second' );
		add( 700, 'third' );
		const first = await wallet( carla.id, t.admin, '?per_page=2' ).expect(
			200
		);
		expect(
			first.body.map(
				( e: { reason: string; balance_after: number } ) => [
					e.reason,
					e.balance_after,
				]
			)
		).toEqual( [
			[ 'third', 3700 ],
			[ 'second', 3000 ],
		] );
		expect( first.headers[ 'x-wp-total' ] ).toBe( '3' );
		expect( first.headers[ 'x-wp-totalpages' ] ).toBe( '2' );
		const second = await wallet(
			carla.id,
			t.admin,
			'?per_page=2&page=2'
		).expect( 200 );
		expect( second.body ).toEqual( [
			expect.objectContaining( {
				reason: 'first',
				amount: 5000,
				balance_after: 5000,
				payment_id: null,
			} ),
		] );
		const bad = await wallet( carla.id, t.admin, '?per_page=500' ).expect(
			400
		);
		expect( bad.body.code ).toBe( 'rest_invalid_param' );
	} );

	it( 'another customer gets 404 rest_not_found, as for an unknown customer', async () => {
		await upgradeWithExcessCredit();
		const dora = await addCustomer( t, 'dora' );
		const res = await wallet( carla.id, t.basic( 'dora' ) ).expect( 404 );
		expect( res.body.code ).toBe( 'rest_not_found' );
		expect( ( await wallet( 999, t.admin ).expect( 404 ) ).body.code ).toBe(
			'rest_not_found'
		);
		expect(
			( await wallet( dora.id, t.basic( 'dora' ) ).expect( 200 ) ).body
		).toEqual( [] );
		await request( t.app )
			.get( `${ API }/customers/${ carla.id }/wallet` )
			.expect( 401 );
	} );
} );
