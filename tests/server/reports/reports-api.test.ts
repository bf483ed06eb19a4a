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

// Issue 16, RULES B1: GET /reports/summary and /reports/series over a history told with the test
// clock. Every expected figure is worked out by hand in the comments.
const T0 = '2026-03-11T10:00:00Z';
const OK_CARD = { type: 'test_card', number: '4242424242424242' };

describe( 'reports over a test-clock history', () => {
	let t: TestApp;
	let c: Catalogue;
	let weekly: number;
	let quarterly: number;

	const admin = ( path: string ) =>
		request( t.app )
			.get( `${ API }${ path }` )
			.set( 'Authorization', t.admin );
	const series = async ( query: string ) =>
		( await admin( `/reports/series?${ query }` ).expect( 200 ) ).body;
	const values = async ( query: string ) =>
		( await series( query ) ).points.map(
			( p: { start: string; value: number } ) => [ p.start, p.value ]
		);

	const product = async ( body: Record< string, unknown > ) =>
		(
			await request( t.app )
				.post( `${ API }/products` )
				.set( 'Authorization', t.admin )
				.send( { type: 'plan', ...body } )
				.expect( 201 )
		).body.id as number;

	const change = async (
		username: string,
		membershipId: number,
		target: Record< string, unknown >,
		method: unknown
	) => {
		const q = await request( t.app )
			.post( `${ API }/memberships/${ membershipId }/quote` )
			.set( 'Authorization', t.basic( username ) )
			.send( target )
			.expect( 200 );
		return (
			await request( t.app )
				.post( `${ API }/memberships/${ membershipId }/checkout` )
				.set( 'Authorization', t.basic( username ) )
				.send( { quote_id: q.body.id, payment_method: method } )
				.expect( 200 )
		).body;
	};

	beforeAll( async () => {
		t = createTestApp( T0 );
		c = await createCatalogue( t );
		weekly = await product( {
			name: 'Weekly',
			amount: 1000,
			duration: 1,
			duration_unit: 'week',
		} );
		quarterly = await product( {
			name: 'Quarterly',
			amount: 8700,
			duration: 3,
			duration_unit: 'month',
		} );
		const member = async (
			username: string,
			body: Record< string, unknown >
		) => {
			const customer = await addCustomer( t, username );
			return addMembership( t, { customer_id: customer.id, ...body } );
		};
		const start = '2026-03-01T00:00:00Z';
		// At T0: five paying memberships and one trial.
		const anna = await member( 'anna', {
			plan_id: c.premium,
			period_start: start,
		} ); // 9900
		await member( 'bob', { plan_id: c.basic, period_start: start } ); // 2900, no card
		await member( 'carl', {
			plan_id: weekly,
			period_start: '2026-03-09T00:00:00Z',
		} ); // 1000 a week
		await member( 'dora', { plan_id: quarterly, period_start: start } ); // 8700 a quarter
		const frida = await member( 'frida', {
			plan_id: c.premium,
			period_start: start,
		} ); // 9900
		await member( 'erik', {
			plan_id: c.premium,
			status: 'trialing',
			period_start: start,
			trial_end: '2026-06-01T00:00:00Z',
		} );
		await request( t.app )
			.put(
				`${ API }/customers/${ ( await admin( '/customers?search=carl' ) ).body[ 0 ].id }`
			)
			.set( 'Authorization', t.basic( 'carl' ) )
			.send( { payment_method: OK_CARD } )
			.expect( 200 );
		// Also at T0: Anna moves to yearly (RULES §9 E4: 990.00 less 67.06 credit = 922.94), an upgrade;
		// Frida schedules Free for her period end (a downgrade that applies on 1 April).
		const upgrade = await change(
			'anna',
			anna.id,
			{ duration: 1, duration_unit: 'year' },
			OK_CARD
		);
		expect( upgrade.payment.total ).toBe( 92294 );
		await change( 'frida', frida.id, { plan_id: c.free }, OK_CARD );
		// Carl renews on 16, 23 and 30 March (1000 each); on 1 April Frida's downgrade applies and
		// Bob's renewal fails (no card: on hold).
		await request( t.app )
			.put( `${ API }/clock` )
			.set( 'Authorization', t.admin )
			.send( { now: '2026-04-01T12:00:00Z' } )
			.expect( 200 );
	} );

	it( 'summary: MRR (B1) and memberships by status and plan at an instant, from the history', async () => {
		// Before anything: nothing.
		expect(
			(
				await admin(
					'/reports/summary?at=2026-03-11T09:59:59Z'
				).expect( 200 )
			).body
		).toMatchObject( { mrr: 0, active: 0, trialing: 0, plans: [] } );
		// At T0: Anna yearly 99000 ÷ 12 = 8250, Bob 2900, Carl 1000 × 52 ÷ 12 = 4333.33 → 4333,
		// Dora 8700 ÷ 3 = 2900, Frida 9900; Erik trialing counts 0. 8250 + 2900 + 4333 + 2900 + 9900 = 28283.
		expect(
			( await admin( `/reports/summary?at=${ T0 }` ) ).body
		).toMatchObject( {
			mrr: 28283,
			currency: 'USD',
			active: 5,
			trialing: 1,
			on_hold: 0,
			cancelled: 0,
			expired: 0,
		} );
		// Now (1 April, 12:00): Frida on Free (0), Bob on hold (still counts, 2900): 18383.
		const now = ( await admin( '/reports/summary' ).expect( 200 ) ).body;
		expect( now ).toEqual( {
			at: '2026-04-01T12:00:00Z',
			mrr: 18383,
			currency: 'USD',
			active: 4,
			trialing: 1,
			on_hold: 1,
			cancelled: 0,
			expired: 0,
			plans: [
				{
					plan_id: c.premium,
					name: 'Premium',
					active: 1,
					on_hold: 0,
					mrr: 8250,
				},
				{
					plan_id: weekly,
					name: 'Weekly',
					active: 1,
					on_hold: 0,
					mrr: 4333,
				},
				{
					plan_id: c.basic,
					name: 'Basic',
					active: 0,
					on_hold: 1,
					mrr: 2900,
				},
				{
					plan_id: quarterly,
					name: 'Quarterly',
					active: 1,
					on_hold: 0,
					mrr: 2900,
				},
				{
					plan_id: c.free,
					name: 'Free',
					active: 1,
					on_hold: 0,
					mrr: 0,
				},
			],
		} );
	} );

	it( 'mrr: its value at each point’s start', async () => {
		expect(
			await values(
				'metric=mrr&from=2026-03-01&to=2026-05-01&interval=month'
			)
		).toEqual( [
			[ '2026-03-01T00:00:00Z', 0 ],
			[ '2026-04-01T00:00:00Z', 18383 ], // the 1 April changes happened at 00:00
		] );
		expect(
			await values(
				'metric=mrr&from=2026-03-09&to=2026-04-06&interval=week'
			)
		).toEqual( [
			[ '2026-03-09T00:00:00Z', 0 ],
			[ '2026-03-16T00:00:00Z', 28283 ],
			[ '2026-03-23T00:00:00Z', 28283 ],
			[ '2026-03-30T00:00:00Z', 28283 ],
		] );
	} );

	it( 'upgrades, downgrades and failed renewals: events counted over each interval', async () => {
		const month = 'from=2026-03-01&to=2026-05-01&interval=month';
		expect( await values( `metric=upgrades&${ month }` ) ).toEqual( [
			[ '2026-03-01T00:00:00Z', 1 ],
			[ '2026-04-01T00:00:00Z', 0 ],
		] );
		// Frida's scheduled downgrade counts when it applies, not when it was chosen.
		expect( await values( `metric=downgrades&${ month }` ) ).toEqual( [
			[ '2026-03-01T00:00:00Z', 0 ],
			[ '2026-04-01T00:00:00Z', 1 ],
		] );
		expect( await values( `metric=failed_renewals&${ month }` ) ).toEqual( [
			[ '2026-03-01T00:00:00Z', 0 ],
			[ '2026-04-01T00:00:00Z', 1 ],
		] );
	} );

	it( 'revenue and proration credit issued: sums over each interval, minor units', async () => {
		// The admin's memberships are paid "as if" at their period start (API.md): 1 March for
		// Anna, Bob, Dora and Frida (9900 + 2900 + 8700 + 9900), 9 March for Carl (1000).
		expect(
			await values(
				'metric=revenue&from=2026-03-01&to=2026-05-01&interval=month'
			)
		).toEqual( [
			// 31400 + 1000 + 92294 (Anna's upgrade) + 3 × 1000 (Carl's renewals) = 127694
			[ '2026-03-01T00:00:00Z', 127694 ],
			[ '2026-04-01T00:00:00Z', 0 ],
		] );
		expect(
			await values(
				'metric=revenue&from=2026-03-09&to=2026-04-06&interval=week'
			)
		).toEqual( [
			[ '2026-03-09T00:00:00Z', 93294 ], // 1000 + 92294
			[ '2026-03-16T00:00:00Z', 1000 ],
			[ '2026-03-23T00:00:00Z', 1000 ],
			[ '2026-03-30T00:00:00Z', 1000 ], // Carl on 30 March; Bob's failed renewal took nothing
		] );
		const credit = await series(
			'metric=credit_issued&from=2026-03-01&to=2026-05-01&interval=month'
		);
		expect( credit ).toEqual( {
			metric: 'credit_issued',
			currency: 'USD',
			points: [
				{ start: '2026-03-01T00:00:00Z', value: 6706 }, // E4: 21 unused days of 31 of 9900
				{ start: '2026-04-01T00:00:00Z', value: 0 },
			],
		} );
	} );

	it( 'days: a point per UTC day, the first at the start of `from`’s day', async () => {
		expect(
			await values(
				'metric=upgrades&from=2026-03-10T18:00:00Z&to=2026-03-13T00:00:00Z&interval=day'
			)
		).toEqual( [
			[ '2026-03-10T00:00:00Z', 0 ],
			[ '2026-03-11T00:00:00Z', 1 ],
			[ '2026-03-12T00:00:00Z', 0 ],
		] );
	} );

	it( 'goes back 12 months to now by default', async () => {
		const body = await series( 'metric=revenue' );
		expect( body.points ).toHaveLength( 12 );
		expect( body.points[ 0 ].start ).toBe( '2025-05-01T00:00:00Z' );
		expect( body.points.at( -1 ) ).toEqual( {
			start: '2026-04-01T00:00:00Z',
			value: 0,
		} );
	} );

	it( 'names each bad field (rest_invalid_param) and is the admin’s only', async () => {
		const bad = await admin(
			'/reports/series?metric=profit&from=yesterday&interval=year'
		).expect( 400 );
		expect( bad.body.code ).toBe( 'rest_invalid_param' );
		expect( Object.keys( bad.body.data.params ).sort() ).toEqual( [
			'from',
			'interval',
			'metric',
		] );
		const missing = await admin( '/reports/series' ).expect( 400 );
		expect( Object.keys( missing.body.data.params ) ).toEqual( [
			'metric',
		] );
		const backwards = await admin(
			'/reports/series?metric=mrr&from=2026-04-01&to=2026-03-01'
		).expect( 400 );
		expect( Object.keys( backwards.body.data.params ) ).toEqual( [ 'to' ] );
		const tooMany = await admin(
			'/reports/series?metric=mrr&from=2020-01-01&to=2026-01-01&interval=day'
		).expect( 400 );
		expect( Object.keys( tooMany.body.data.params ) ).toEqual( [
			'interval',
		] );
		const at = await admin( '/reports/summary?at=soon' ).expect( 400 );
		expect( Object.keys( at.body.data.params ) ).toEqual( [ 'at' ] );
		await request( t.app )
			.get( `${ API }/reports/summary` )
			.set( 'Authorization', t.basic( 'anna' ) )
			.expect( 403 );
		await request( t.app )
			.get( `${ API }/reports/series?metric=mrr` )
			.expect( 401 );
	} );

	// Last: it changes the history the tests above read.
	it( 'revenue: a refund is taken off the interval it is made in (RULES X3)', async () => {
		const anna = ( await admin( '/customers?search=anna' ) ).body[ 0 ];
		const paid = (
			await admin(
				`/payments?customer=${ anna.id }&status=completed&orderby=total&order=desc`
			)
		).body[ 0 ];
		expect( paid.total ).toBe( 92294 );
		await request( t.app )
			.post( `${ API }/payments/${ paid.id }/refund` )
			.set( 'Authorization', t.admin )
			.set( 'Idempotency-Key', 'reports-refund-1' )
			.send( { amount: 2294, to: 'card' } )
			.expect( 200 );
		// The clock is at 1 April 12:00: March keeps what was paid, April gives 22.94 back.
		expect(
			await values(
				'metric=revenue&from=2026-03-01&to=2026-05-01&interval=month'
			)
		).toEqual( [
			[ '2026-03-01T00:00:00Z', 127694 ],
			[ '2026-04-01T00:00:00Z', -2294 ],
		] );
	} );
} );
