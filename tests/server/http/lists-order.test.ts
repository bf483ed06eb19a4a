import request from 'supertest';
import {
	ids,
	listsNetwork,
	type ListsNetwork,
} from '../../support/lists-network';
import { API } from '../../support/test-app';

// The admin lists (issue 12, docs/rest-api.md "Lists"): sort keys, search, a customer's own rows,
// and rest_invalid_param per field.
describe( 'GET /memberships, /customers, /payments, /products lists: sort, search, ownership, bad params', () => {
	let n: ListsNetwork;
	let t: ListsNetwork[ 't' ];
	let m: ListsNetwork[ 'm' ];
	let anna: number;
	let bjorn: number;
	let carla: number;
	const get = ( path: string, auth?: string ) => n.get( path, auth );

	beforeEach( async () => {
		n = await listsNetwork();
		( { t, m, anna, bjorn, carla } = n );
	} );

	it( 'sorts by each documented key, both ways', async () => {
		const order = async ( path: string ) =>
			ids( ( await get( path ) ).body );
		expect(
			await order( '/memberships?orderby=customer_name&order=desc' )
		).toEqual( [ m.carlaOld, m.carlaFree, m.bjorn, m.anna ] );
		expect( await order( '/memberships?orderby=plan_name' ) ).toEqual( [
			m.bjorn,
			m.carlaOld,
			m.carlaFree,
			m.anna,
		] );
		// amount: the recurring total (Free 0, Basic 2,900, Premium + 2 Extra Disk 10,900).
		expect(
			await order( '/memberships?orderby=amount&order=desc' )
		).toEqual( [ m.anna, m.carlaOld, m.bjorn, m.carlaFree ] );
		expect( await order( '/memberships?orderby=status' ) ).toEqual( [
			m.anna,
			m.bjorn,
			m.carlaOld,
			m.carlaFree,
		] );
		const ofPayments = async ( path: string ) =>
			( await get( path ) ).body.map(
				( p: { membership_id: number } ) => p.membership_id
			);
		// Equal totals keep id order in the asked direction.
		expect(
			await ofPayments( '/payments?orderby=total&order=asc' )
		).toEqual( [ m.bjorn, m.carlaOld, m.anna ] );
		expect(
			await ofPayments( '/payments?orderby=total&order=desc' )
		).toEqual( [ m.anna, m.carlaOld, m.bjorn ] );
		expect(
			await ofPayments( '/payments?orderby=created_at&order=asc' )
		).toEqual( [ m.anna, m.bjorn, m.carlaOld ] );
		const byName = await get( '/payments?orderby=customer_name&order=asc' );
		expect(
			byName.body.map(
				( p: { customer_name: string } ) => p.customer_name
			)
		).toEqual( [ 'Anna Berg', 'Bjørn Dahl', 'Carla Moe' ] );

		t.ctx.wallet.add( {
			customerId: bjorn,
			amount: 1500,
			currency: 'USD',
			reason: 'credit',
			paymentId: null,
			createdAt: '2026-03-11T10:00:00Z',
		} );
		const wallets = await get(
			'/customers?orderby=wallet_balance&order=desc'
		);
		expect(
			wallets.body.map( ( x: { id: number; wallet_balance: number } ) => [
				x.id,
				x.wallet_balance,
			] )
		).toEqual( [
			[ bjorn, 1500 ],
			[ carla, 0 ],
			[ anna, 0 ],
		] );
		expect(
			await order( '/customers?orderby=display_name&order=desc' )
		).toEqual( [ carla, bjorn, anna ] );
		expect(
			( await get( '/products?orderby=name&per_page=3' ) ).body.map(
				( p: { name: string } ) => p.name
			)
		).toEqual( [ 'Basic', 'Extra Disk', 'Free' ] );
		expect(
			( await get( '/products?orderby=type&order=desc&per_page=1' ) )
				.body[ 0 ].name
		).toBe( 'Site Setup' );
	} );

	it( 'searches by customer name, username or email (from their start), plan name, slug or exact id', async () => {
		const found = async ( path: string ) =>
			ids( ( await get( path ) ).body );
		expect( await found( '/memberships?search=carla' ) ).toEqual( [
			m.carlaFree,
			m.carlaOld,
		] );
		expect( await found( '/memberships?search=BJ%C3%B8rn%20d' ) ).toEqual( [
			m.bjorn,
		] );
		expect( await found( '/memberships?search=anna%40example' ) ).toEqual( [
			m.anna,
		] );
		expect( await found( '/memberships?search=emium' ) ).toEqual( [
			m.anna,
		] );
		expect( await found( `/memberships?search=${ m.bjorn }` ) ).toEqual( [
			m.bjorn,
		] );
		expect(
			await found( '/memberships?search=carla&status=cancelled' )
		).toEqual( [ m.carlaOld ] );
		expect( await found( '/customers?search=Carla%20M' ) ).toEqual( [
			carla,
		] );
		expect( await found( '/customers?search=bjorn@' ) ).toEqual( [
			bjorn,
		] );
		expect( await found( '/customers?search=xyz' ) ).toEqual( [] );
		const annaPayments = await get( '/payments?search=Anna' );
		expect(
			annaPayments.body.map(
				( p: { customer_id: number } ) => p.customer_id
			)
		).toEqual( [ anna ] );
		const byId = await get(
			`/payments?search=${ annaPayments.body[ 0 ].id }`
		);
		expect( ids( byId.body ) ).toEqual( [ annaPayments.body[ 0 ].id ] );
		expect(
			( await get( '/products?search=unlimited-v' ) ).body.map(
				( p: { name: string } ) => p.name
			)
		).toEqual( [ 'Unlimited Visits' ] );
	} );

	it( 'shows a customer only their own memberships, payments and record', async () => {
		const auth = t.basic( 'carla' );
		const own = await get( '/memberships', auth ).expect( 200 );
		expect( ids( own.body ) ).toEqual( [ m.carlaFree, m.carlaOld ] );
		expect( own.headers[ 'x-wp-total' ] ).toBe( '2' );
		const asked = await get( `/memberships?customer=${ anna }`, auth );
		expect( asked.body ).toEqual( [] );
		expect(
			( await get( '/memberships?search=anna', auth ) ).body
		).toEqual( [] );
		const payments = await get( '/payments', auth ).expect( 200 );
		expect(
			payments.body.map( ( p: { customer_id: number } ) => p.customer_id )
		).toEqual( [ carla ] );
		expect(
			( await get( `/payments?customer=${ bjorn }`, auth ) ).body
		).toEqual( [] );
		expect( ids( ( await get( '/customers', auth ) ).body ) ).toEqual( [
			carla,
		] );
		await request( t.app ).get( `${ API }/memberships` ).expect( 401 );
	} );

	it( 'answers bad parameters with one rest_invalid_param naming each field', async () => {
		const res = await get(
			'/memberships?per_page=500&page=0&orderby=colour&order=up&status=active,lost&customer=x&renewal_error=maybe'
		).expect( 400 );
		expect( res.body.code ).toBe( 'rest_invalid_param' );
		expect( res.body.data ).toEqual( {
			status: 400,
			params: {
				per_page: 'Items per page must be at most 100.',
				page: 'Page must be at least 1.',
				orderby:
					'Sort by must be one of: id, status, period_end, amount, customer_name, plan_name.',
				order: 'Sort order must be one of: asc, desc.',
				status: 'Status must be one of: pending, trialing, active, on-hold, expired, cancelled.',
				customer: 'Customer must be an integer.',
				renewal_error: 'Renewal error must be true or false.',
			},
		} );
		const payments = await get(
			'/payments?status=paid&orderby=amount'
		).expect( 400 );
		expect( Object.keys( payments.body.data.params ) ).toEqual( [
			'orderby',
			'status',
		] );
		const customers = await get(
			`/customers?search=${ 'x'.repeat( 201 ) }`
		).expect( 400 );
		expect( customers.body.data.params ).toEqual( {
			search: 'Search must be at most 200 characters.',
		} );
		const products = await get( '/products?type=plugin' ).expect( 400 );
		expect( products.body.data.params ).toEqual( {
			type: 'Product Type must be one of: plan, package, service.',
		} );
	} );
} );
