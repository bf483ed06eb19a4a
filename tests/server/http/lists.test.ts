import request from 'supertest';
import {
	addMembership,
	createCatalogue,
	type Catalogue,
} from '../../support/http-catalogue';
import {
	API,
	CUSTOMER_PASSWORD,
	createTestApp,
	type TestApp,
} from '../../support/test-app';

// The admin lists (issue 12, docs/rest-api.md "Lists"): WordPress's collection parameters and
// headers, filters, sorting, search, the names beside ids, and a customer's own rows only.
describe( 'GET /memberships, /customers, /payments, /products lists', () => {
	let t: TestApp;
	let c: Catalogue;
	let anna: number;
	let bjorn: number;
	let carla: number;
	/** Memberships: Anna Premium, Bjørn Basic, Carla Free (trialing), Carla Basic (cancelled). */
	let m: { anna: number; bjorn: number; carlaFree: number; carlaOld: number };

	const get = ( path: string, auth = t.admin ) =>
		request( t.app )
			.get( `${ API }${ path }` )
			.set( 'Authorization', auth );
	const ids = ( body: { id: number }[] ) => body.map( ( x ) => x.id );

	async function customer( username: string, displayName: string ) {
		const res = await request( t.app )
			.post( `${ API }/customers` )
			.set( 'Authorization', t.admin )
			.send( {
				username,
				email: `${ username }@example.test`,
				password: CUSTOMER_PASSWORD,
				display_name: displayName,
			} )
			.expect( 201 );
		return res.body.id as number;
	}

	beforeEach( async () => {
		t = createTestApp();
		c = await createCatalogue( t );
		anna = await customer( 'anna', 'Anna Berg' );
		bjorn = await customer( 'bjorn', 'Bjørn Dahl' );
		carla = await customer( 'carla', 'Carla Moe' );
		const add = async ( body: Record< string, unknown > ) =>
			( await addMembership( t, body ) ).id as number;
		m = {
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
	} );

	it( 'pages with X-WP-Total, X-WP-TotalPages and Link rel="next"/"prev" as WordPress does', async () => {
		const first = await get( '/memberships?per_page=3' ).expect( 200 );
		expect( first.headers[ 'x-wp-total' ] ).toBe( '4' );
		expect( first.headers[ 'x-wp-totalpages' ] ).toBe( '2' );
		expect( ids( first.body ) ).toEqual( [ m.anna, m.bjorn, m.carlaFree ] );
		expect( first.headers.link ).toMatch(
			/^<http:\/\/127\.0\.0\.1:\d+\/wp-json\/wu\/v2\/memberships\?per_page=3&page=2>; rel="next"$/
		);
		const second = await get( '/memberships?per_page=3&page=2' ).expect(
			200
		);
		expect( ids( second.body ) ).toEqual( [ m.carlaOld ] );
		expect( second.headers.link ).toMatch(
			/^<http:\/\/127\.0\.0\.1:\d+\/wp-json\/wu\/v2\/memberships\?per_page=3&page=1>; rel="prev"$/
		);
		// Beyond the last page: empty, and prev points at the last page.
		const beyond = await get( '/memberships?per_page=3&page=5' ).expect(
			200
		);
		expect( beyond.body ).toEqual( [] );
		expect( beyond.headers.link ).toContain( 'page=2>; rel="prev"' );
		// One page: no Link at all.
		const all = await get( '/memberships' ).expect( 200 );
		expect( all.headers.link ).toBeUndefined();
		expect( all.headers[ 'x-wp-totalpages' ] ).toBe( '1' );
		const none = await get( '/payments?status=refunded' ).expect( 200 );
		expect( none.headers[ 'x-wp-total' ] ).toBe( '0' );
		expect( none.headers[ 'x-wp-totalpages' ] ).toBe( '0' );
	} );

	it( 'sends customer and plan names beside the ids, read with the rows', async () => {
		const memberships = await get( '/memberships' ).expect( 200 );
		expect(
			memberships.body.map(
				( x: Record< string, unknown > ) =>
					`${ x.customer_name } / ${ x.plan_name }`
			)
		).toEqual( [
			'Anna Berg / Premium',
			'Bjørn Dahl / Basic',
			'Carla Moe / Free',
			'Carla Moe / Basic',
		] );
		// The membership's own fields are still there.
		expect( memberships.body[ 0 ] ).toMatchObject( {
			id: m.anna,
			customer_id: anna,
			plan_id: c.premium,
			amount: 10900,
			status: 'active',
		} );
		const payments = await get( '/payments?order=asc' ).expect( 200 );
		expect(
			payments.body.map( ( x: Record< string, unknown > ) => [
				x.customer_name,
				x.plan_name,
				x.total,
			] )
		).toEqual( [
			[ 'Anna Berg', 'Premium', 10900 ],
			[ 'Bjørn Dahl', 'Basic', 2900 ],
			[ 'Carla Moe', 'Basic', 2900 ],
		] );
		expect( payments.body[ 0 ].lines ).toEqual( [
			expect.objectContaining( { kind: 'plan', amount: 9900 } ),
			expect.objectContaining( { product_id: c.disk, quantity: 2 } ),
		] );
	} );

	it( 'filters memberships by status (one or a comma list), customer, plan and renewal error', async () => {
		expect(
			ids( ( await get( '/memberships?status=active' ) ).body )
		).toEqual( [ m.anna, m.bjorn ] );
		expect(
			ids(
				( await get( '/memberships?status=trialing,cancelled' ) ).body
			)
		).toEqual( [ m.carlaFree, m.carlaOld ] );
		expect(
			ids( ( await get( `/memberships?customer=${ carla }` ) ).body )
		).toEqual( [ m.carlaFree, m.carlaOld ] );
		expect(
			ids( ( await get( `/memberships?plan=${ c.basic }` ) ).body )
		).toEqual( [ m.bjorn, m.carlaOld ] );
		t.ctx.memberships.setRenewalError( m.bjorn, {
			at: '2026-03-11T10:00:00Z',
			message: 'The plan is gone.',
		} );
		const failing = await get( '/memberships?renewal_error=true' );
		expect( ids( failing.body ) ).toEqual( [ m.bjorn ] );
		expect( failing.body[ 0 ].renewal_error ).toEqual( {
			at: '2026-03-11T10:00:00Z',
			message: 'The plan is gone.',
		} );
		expect(
			ids( ( await get( '/memberships?renewal_error=false' ) ).body )
		).toEqual( [ m.anna, m.carlaFree, m.carlaOld ] );
	} );

	it( 'filters payments by status, customer and membership, and products by type, status and group', async () => {
		const completed = await get( '/payments?status=completed,pending' );
		// The trialing membership paid nothing yet: three initial payments.
		expect( completed.headers[ 'x-wp-total' ] ).toBe( '3' );
		expect(
			( await get( '/payments?status=failed' ) ).headers[ 'x-wp-total' ]
		).toBe( '0' );
		const carlas = await get( `/payments?customer=${ carla }` );
		expect(
			carlas.body.map(
				( p: { membership_id: number } ) => p.membership_id
			)
		).toEqual( [ m.carlaOld ] );
		const one = await get( `/payments?membership=${ m.bjorn }` );
		expect(
			one.body.map( ( p: { customer_id: number } ) => p.customer_id )
		).toEqual( [ bjorn ] );

		const names = async ( path: string, auth?: string ) =>
			( await get( path, auth ) ).body.map(
				( p: { name: string } ) => p.name
			);
		expect( await names( '/products?type=package' ) ).toEqual( [
			'Unlimited Visits',
			'Extra Disk',
		] );
		expect( await names( '/products?group=high%20end' ) ).toEqual( [
			'Free',
			'Premium',
		] );
		await request( t.app )
			.put( `${ API }/products/${ c.setup }` )
			.set( 'Authorization', t.admin )
			.send( { active: false } )
			.expect( 200 );
		expect( await names( '/products?status=inactive' ) ).toEqual( [
			'Site Setup',
		] );
		expect( ( await names( '/products?status=active' ) ).length ).toBe( 5 );
		expect( ( await names( '/products' ) ).length ).toBe( 6 );
		// Anyone else sees active products only, whatever they ask.
		expect(
			await names( '/products?status=inactive', t.basic( 'anna' ) )
		).not.toContain( 'Site Setup' );
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
				renewal_error: 'renewal_error must be true or false.',
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
