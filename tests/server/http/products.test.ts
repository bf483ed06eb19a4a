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

describe( 'products and plan groups (RULES C1–C5, G1)', () => {
	let t: TestApp;
	let c: Catalogue;

	beforeEach( async () => {
		t = createTestApp();
		c = await createCatalogue( t );
	} );

	const create = ( body: Record< string, unknown > ) =>
		request( t.app )
			.post( `${ API }/products` )
			.set( 'Authorization', t.admin )
			.send( body );

	it( 'C1–C3 creates a product with 201, a Location and the wire fields', async () => {
		const res = await create( {
			name: 'Team',
			type: 'plan',
			amount: 4900,
			group: 'Teams',
			list_order: 7,
		} ).expect( 201 );
		expect( res.headers.location ).toBe(
			`/wp-json/wu/v2/products/${ res.body.id }`
		);
		expect( res.body ).toMatchObject( {
			slug: 'team',
			currency: 'USD',
			pricing_type: 'paid',
			recurring: true,
			duration: 1,
			duration_unit: 'month',
			group: 'Teams',
			list_order: 7,
			setup_fee: 0,
		} );
	} );

	it( 'names every bad field in one rest_invalid_param', async () => {
		const res = await create( {
			name: 'Bad',
			type: 'package',
			amount: -5,
			duration_unit: 'fortnight',
			currency: 'EUR',
			group: 'High End',
			setup_fee: -1,
			limits: { bananas: 3 },
		} ).expect( 400 );
		expect( res.body.code ).toBe( 'rest_invalid_param' );
		expect( Object.keys( res.body.data.params ).sort() ).toEqual( [
			'amount',
			'currency',
			'duration_unit',
			'group',
			'limits',
			'setup_fee',
		] );
	} );

	it( 'C3 refuses an offer add-on that is a plan, C4 stackable non-packages, and a duplicate slug', async () => {
		const res = await create( {
			name: 'Free',
			slug: 'free',
			type: 'plan',
			amount: 100,
			available_addons: [ c.basic ],
		} ).expect( 400 );
		expect( res.body.data.params ).toHaveProperty( 'slug' );
		expect( res.body.data.params ).toHaveProperty( 'available_addons' );
		const service = await create( {
			name: 'Help',
			type: 'service',
			amount: 100,
			stackable: true,
			max_quantity: 3,
		} ).expect( 400 );
		expect( service.body.data.params ).toHaveProperty( 'stackable' );
	} );

	it( 'C5 refuses a product in another currency than the network', async () => {
		const res = await create( {
			name: 'Euro',
			type: 'plan',
			amount: 100,
			currency: 'EUR',
		} ).expect( 400 );
		expect( res.body.data.params.currency ).toMatch( /USD/ );
	} );

	it( 'lists active products to anyone, all to the admin, with X-WP-Total and type/group filters', async () => {
		await request( t.app )
			.put( `${ API }/products/${ c.basic }` )
			.set( 'Authorization', t.admin )
			.send( { active: false } )
			.expect( 200 );
		const open = await request( t.app )
			.get( `${ API }/products?type=plan` )
			.expect( 200 );
		expect( open.body.map( ( p: { id: number } ) => p.id ) ).toEqual( [
			c.free,
			c.premium,
		] );
		expect( open.headers[ 'x-wp-total' ] ).toBe( '2' );
		const all = await request( t.app )
			.get( `${ API }/products?per_page=2` )
			.set( 'Authorization', t.admin )
			.expect( 200 );
		expect( all.headers[ 'x-wp-total' ] ).toBe( '6' );
		expect( all.headers[ 'x-wp-totalpages' ] ).toBe( '3' );
		const group = await request( t.app )
			.get( `${ API }/products?group=High%20End` )
			.expect( 200 );
		expect( group.body.map( ( p: { name: string } ) => p.name ) ).toEqual( [
			'Free',
			'Premium',
		] );
		await request( t.app )
			.get( `${ API }/products/${ c.basic }` )
			.expect( 404 );
	} );

	it( 'G1 plan groups list each group with its plans in Product Order (admin only)', async () => {
		const res = await request( t.app )
			.get( `${ API }/plan-groups` )
			.set( 'Authorization', t.admin )
			.expect( 200 );
		expect( res.body ).toEqual( [
			{
				name: 'High End',
				plans: [
					expect.objectContaining( { id: c.free } ),
					expect.objectContaining( { id: c.premium } ),
				],
			},
		] );
		await request( t.app ).get( `${ API }/plan-groups` ).expect( 401 );
	} );

	it( 'refuses to delete a product a membership uses (409 wu_product_in_use), deletes an unused one', async () => {
		const carla = await addCustomer( t, 'carla' );
		await addMembership( t, { customer_id: carla.id, plan_id: c.premium } );
		const res = await request( t.app )
			.delete( `${ API }/products/${ c.premium }` )
			.set( 'Authorization', t.admin )
			.expect( 409 );
		expect( res.body.code ).toBe( 'wu_product_in_use' );
		await request( t.app )
			.delete( `${ API }/products/${ c.visits }` )
			.set( 'Authorization', t.admin )
			.expect( 200 );
		const premium = await request( t.app )
			.get( `${ API }/products/${ c.premium }` )
			.expect( 200 );
		expect( premium.body.available_addons ).toEqual( [ c.disk, c.setup ] );
	} );

	it( 'rest_forbidden: a customer cannot write products', async () => {
		await addCustomer( t, 'carla' );
		const res = await request( t.app )
			.post( `${ API }/products` )
			.set( 'Authorization', t.basic( 'carla' ) )
			.send( { name: 'X', type: 'plan' } )
			.expect( 403 );
		expect( res.body.code ).toBe( 'rest_forbidden' );
	} );
} );

describe( "product validation speaks the screens' words (RULES M6, C1)", () => {
	let t: TestApp;
	let c: Catalogue;

	beforeEach( async () => {
		t = createTestApp();
		c = await createCatalogue( t );
	} );

	const create = ( body: Record< string, unknown > ) =>
		request( t.app )
			.post( `${ API }/products` )
			.set( 'Authorization', t.admin )
			.send( body );
	const plan = { name: 'Team', type: 'plan', amount: 4900 };

	it( 'M6 refuses a billing period, trial or price variation longer than 10 years', async () => {
		const res = await create( {
			...plan,
			duration: 99999,
			duration_unit: 'month',
			trial_duration: 3651,
			trial_duration_unit: 'day',
			price_variations: [
				{ duration: 11, duration_unit: 'year', amount: 1000 },
			],
		} ).expect( 400 );
		expect( res.body.code ).toBe( 'rest_invalid_param' );
		expect( res.body.data.params ).toEqual( {
			duration:
				'The billing period can be at most 10 years (120 months).',
			trial_duration: 'The trial can be at most 10 years (3650 days).',
			price_variations:
				'The period of price variation 1 can be at most 10 years.',
		} );
		await create( {
			...plan,
			duration: 520,
			duration_unit: 'week',
			trial_duration: 10,
			trial_duration_unit: 'year',
		} ).expect( 201 );
		const update = await request( t.app )
			.put( `${ API }/products/${ c.basic }` )
			.set( 'Authorization', t.admin )
			.send( { duration: 11, duration_unit: 'year' } )
			.expect( 400 );
		expect( update.body.data.params.duration ).toBe(
			'The billing period can be at most 10 years.'
		);
	} );

	it( 'refuses a Product Order outside 0–9,999 and a paid plan at 0', async () => {
		for ( const listOrder of [ -7, 999999999999999, 1.5, 'soon' ] ) {
			const res = await create( {
				...plan,
				list_order: listOrder,
			} ).expect( 400 );
			expect( res.body.data.params ).toEqual( {
				list_order: 'Product Order is a whole number from 0 to 9,999.',
			} );
		}
		const zero = await create( { ...plan, amount: 0 } ).expect( 400 );
		expect( zero.body.data.params ).toEqual( {
			amount: 'A paid product needs a price above 0, or choose Free.',
		} );
		await create( {
			...plan,
			amount: 0,
			pricing_type: 'free',
			list_order: 9999,
		} ).expect( 201 );
	} );

	it( 'says which problem a price has: negative, too many decimals, too large, not a number', async () => {
		const reason = async ( amount: unknown ) =>
			( await create( { ...plan, amount } ).expect( 400 ) ).body.data
				.params.amount;
		expect( await reason( -5 ) ).toBe( 'Amount cannot be negative.' );
		expect( await reason( 29.999 ) ).toMatch(
			/^Amount has too many decimals/
		);
		expect( await reason( 10_000_000_000 ) ).toMatch(
			/^Amount is too large/
		);
		expect( await reason( 'lots' ) ).toMatch( /^Amount is not a number/ );
		const variation = await create( {
			...plan,
			price_variations: [
				{ duration: 1, duration_unit: 'year', amount: -100 },
			],
		} ).expect( 400 );
		expect( variation.body.data.params.price_variations ).toBe(
			'The amount of variation 1 cannot be negative.'
		);
	} );

	it( 'refuses a negative limit naming it as the Limits tab does, and never saves it as 0', async () => {
		const res = await create( { ...plan, limits: { sites: -1 } } ).expect(
			400
		);
		expect( res.body.data.params.limits ).toBe(
			'The Sites limit cannot be negative: enter 0 or more, or Unlimited.'
		);
	} );

	it( 'names fields by their labels, keeps the wire names as keys, and blames only the Name of a 300-character name', async () => {
		const res = await create( {
			name: 'x'.repeat( 300 ),
			type: 'plan',
			amount: 100,
			duration: 0,
			trial_duration: -1,
		} ).expect( 400 );
		expect( res.body.data.params ).toEqual( {
			name: 'Name must be at most 200 characters.',
			duration: 'Billing period must be at least 1.',
			trial_duration: 'Trial must be at least 0.',
		} );
		const customer = await request( t.app )
			.post( `${ API }/customers` )
			.set( 'Authorization', t.admin )
			.send( {
				username: ' ',
				email: 'a@example.test',
				password: 'secret-words',
			} )
			.expect( 400 );
		expect( customer.body.data.params.username ).toBe(
			'Username must not be empty.'
		);
	} );

	it( 'G1 a Plan Group typed in another case and spacing joins the existing group in its stored spelling', async () => {
		const basic = await request( t.app )
			.put( `${ API }/products/${ c.basic }` )
			.set( 'Authorization', t.admin )
			.send( { group: '  high   end ' } )
			.expect( 200 );
		expect( basic.body.group ).toBe( 'High End' );
		const created = await create( { ...plan, group: 'HIGH END' } ).expect(
			201
		);
		expect( created.body.group ).toBe( 'High End' );
		const groups = await request( t.app )
			.get( `${ API }/plan-groups` )
			.set( 'Authorization', t.admin )
			.expect( 200 );
		expect(
			groups.body.map( ( g: { name: string; plans: unknown[] } ) => [
				g.name,
				g.plans.length,
			] )
		).toEqual( [ [ 'High End', 4 ] ] );
		const lane = await request( t.app )
			.get( `${ API }/products?group=high%20end` )
			.expect( 200 );
		expect( lane.body.map( ( p: { name: string } ) => p.name ) ).toEqual( [
			'Free',
			'Basic',
			'Premium',
			'Team',
		] );
	} );
} );

describe( 'customers and memberships', () => {
	let t: TestApp;
	let c: Catalogue;

	beforeEach( async () => {
		t = createTestApp( '2026-03-11T10:00:00Z' );
		c = await createCatalogue( t );
	} );

	it( 'creates a customer (201, no password echoed), refuses duplicates naming the field', async () => {
		const carla = await addCustomer( t, 'carla' );
		expect( carla ).toMatchObject( {
			username: 'carla',
			email: 'carla@example.test',
			wallet_balance: 0,
			currency: 'USD',
			card: null,
		} );
		expect( carla ).not.toHaveProperty( 'password' );
		const dup = await request( t.app )
			.post( `${ API }/customers` )
			.set( 'Authorization', t.admin )
			.send( {
				username: 'carla',
				email: 'carla@example.test',
				password: 'x',
			} )
			.expect( 400 );
		expect( Object.keys( dup.body.data.params ).sort() ).toEqual( [
			'email',
			'password',
			'username',
		] );
	} );

	it( 'a customer reads themself; another customer is 404; the list holds only themself', async () => {
		const carla = await addCustomer( t, 'carla' );
		const otto = await addCustomer( t, 'otto' );
		await request( t.app )
			.get( `${ API }/customers/${ carla.id }` )
			.set( 'Authorization', t.basic( 'carla' ) )
			.expect( 200 );
		expect(
			(
				await request( t.app )
					.get( `${ API }/customers/${ otto.id }` )
					.set( 'Authorization', t.basic( 'carla' ) )
					.expect( 404 )
			).body.code
		).toBe( 'rest_not_found' );
		const list = await request( t.app )
			.get( `${ API }/customers` )
			.set( 'Authorization', t.basic( 'carla' ) )
			.expect( 200 );
		expect( list.body.map( ( x: { id: number } ) => x.id ) ).toEqual( [
			carla.id,
		] );
	} );

	it( 'POST /memberships creates one as if paid: full-price items, a completed payment, anchor from period start', async () => {
		const carla = await addCustomer( t, 'carla' );
		const m = await addMembership( t, {
			customer_id: carla.id,
			plan_id: c.premium,
			addons: [ { product_id: c.disk, quantity: 2 } ],
			period_start: '2026-01-31T00:00:00Z',
		} );
		expect( m ).toMatchObject( {
			status: 'active',
			amount: 10900,
			currency: 'USD',
			period_end: '2026-02-28T00:00:00Z',
			version: 1,
			scheduled_change: null,
			auto_renew: true,
		} );
		const payments = await request( t.app )
			.get( `${ API }/payments?membership=${ m.id }` )
			.set( 'Authorization', t.admin )
			.expect( 200 );
		expect( payments.body ).toEqual( [
			expect.objectContaining( {
				status: 'completed',
				total: 10900,
				kind: 'initial',
			} ),
		] );
		const filtered = await request( t.app )
			.get(
				`${ API }/memberships?customer=${ carla.id }&status=active&search=carla`
			)
			.set( 'Authorization', t.admin )
			.expect( 200 );
		expect( filtered.headers[ 'x-wp-total' ] ).toBe( '1' );
	} );

	it( 'K9 a trialing membership changes plan at once, charges nothing, keeps its trial end', async () => {
		const carla = await addCustomer( t, 'carla' );
		const m = await addMembership( t, {
			customer_id: carla.id,
			plan_id: c.free,
			status: 'trialing',
			trial_end: '2026-03-25T10:00:00Z',
		} );
		const auth = t.basic( 'carla' );
		const q = await request( t.app )
			.post( `${ API }/memberships/${ m.id }/quote` )
			.set( 'Authorization', auth )
			.send( { plan_id: c.premium } )
			.expect( 200 );
		expect( q.body.due_now ).toBe( 0 );
		const paid = await request( t.app )
			.post( `${ API }/memberships/${ m.id }/checkout` )
			.set( 'Authorization', auth )
			.send( { quote_id: q.body.id } )
			.expect( 200 );
		expect( paid.body.membership ).toMatchObject( {
			plan_id: c.premium,
			status: 'trialing',
			trial_end: '2026-03-25T10:00:00Z',
		} );
	} );

	it( 'refuses a membership on an unknown customer or a non-plan, naming the field', async () => {
		const res = await request( t.app )
			.post( `${ API }/memberships` )
			.set( 'Authorization', t.admin )
			.send( { customer_id: 999, plan_id: c.visits } )
			.expect( 400 );
		expect( res.body.data.params ).toHaveProperty( 'customer_id' );
	} );

	it( 'the clock route is rest_no_route without the test clock', async () => {
		const plain = createTestApp( '2026-03-11T10:00:00Z', {
			testClock: false,
		} );
		const res = await request( plain.app )
			.get( `${ API }/clock` )
			.set( 'Authorization', plain.admin )
			.expect( 404 );
		expect( res.body.code ).toBe( 'rest_no_route' );
	} );
} );
