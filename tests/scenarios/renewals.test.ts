import request from 'supertest';
import {
	addMembership,
	createCatalogue,
	type Catalogue,
} from '../support/http-catalogue';
import {
	addCustomer,
	API,
	createTestApp,
	type TestApp,
} from '../support/test-app';

const OK_CARD = { type: 'test_card', number: '4242424242424242' };

/** Stories over the HTTP API with the test clock (RULES R1–R4, K8, W2). */
describe( 'renewal stories through PUT /clock', () => {
	let t: TestApp;
	let c: Catalogue;
	let carla: { id: number };
	let auth: string;

	beforeEach( async () => {
		t = createTestApp( '2026-03-11T10:00:00Z' );
		c = await createCatalogue( t );
		carla = await addCustomer( t, 'carla' );
		auth = t.basic( 'carla' );
	} );

	const moveClock = ( now: string ) =>
		request( t.app )
			.put( `${ API }/clock` )
			.set( 'Authorization', t.admin )
			.send( { now } )
			.expect( 200 );
	const get = async ( id: number ) =>
		(
			await request( t.app )
				.get( `${ API }/memberships/${ id }` )
				.set( 'Authorization', auth )
				.expect( 200 )
		).body;
	const payments = async ( id: number ) =>
		(
			await request( t.app )
				.get( `${ API }/payments?membership=${ id }&order=asc` )
				.set( 'Authorization', auth )
				.expect( 200 )
		).body;
	const change = async (
		id: number,
		target: Record< string, unknown >,
		method: unknown = OK_CARD
	) => {
		const q = await request( t.app )
			.post( `${ API }/memberships/${ id }/quote` )
			.set( 'Authorization', auth )
			.send( target )
			.expect( 200 );
		return (
			await request( t.app )
				.post( `${ API }/memberships/${ id }/checkout` )
				.set( 'Authorization', auth )
				.send( { quote_id: q.body.id, payment_method: method } )
				.expect( 200 )
		).body;
	};

	it( 'E2 + R1: buy Premium from Free, then the renewal charges the saved card a month later', async () => {
		const m = await addMembership( t, {
			customer_id: carla.id,
			plan_id: c.free,
		} );
		await change( m.id, { plan_id: c.premium } );
		await moveClock( '2026-04-11T10:00:00Z' );
		expect( await get( m.id ) ).toMatchObject( {
			status: 'active',
			period_start: '2026-04-11T10:00:00Z',
			period_end: '2026-05-11T10:00:00Z',
		} );
		const renewals = ( await payments( m.id ) ).filter(
			( p: { kind: string } ) => p.kind === 'renewal'
		);
		expect( renewals ).toEqual( [
			expect.objectContaining( {
				status: 'completed',
				total: 9900,
				gateway: 'test_card',
			} ),
		] );
	} );

	it( 'K8 + R1: a downgrade waits for the period end, then applies before the renewal (Free: nothing charged)', async () => {
		const m = await addMembership( t, {
			customer_id: carla.id,
			plan_id: c.premium,
			period_start: '2026-03-01T00:00:00Z',
		} );
		await change( m.id, { plan_id: c.free } );
		await moveClock( '2026-03-31T23:59:59Z' );
		expect( ( await get( m.id ) ).plan_id ).toBe( c.premium );
		await moveClock( '2026-04-01T00:00:00Z' );
		expect( await get( m.id ) ).toMatchObject( {
			plan_id: c.free,
			status: 'active',
			scheduled_change: null,
			period_end: '2026-05-01T00:00:00Z',
		} );
		expect(
			( await payments( m.id ) ).filter(
				( p: { kind: string } ) => p.kind === 'renewal'
			)
		).toEqual( [] );
	} );

	it( 'W2 + R1: wallet credit pays the renewal first, the card the rest', async () => {
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
				.expect( 201 )
		).body;
		const m = await addMembership( t, {
			customer_id: carla.id,
			plan_id: c.premium,
			duration: 1,
			duration_unit: 'year',
			period_start: '2026-03-11T10:00:00Z',
		} );
		await change( m.id, {
			plan_id: sprint.id,
			duration: 1,
			duration_unit: 'week',
		} );
		const customer = async () =>
			(
				await request( t.app )
					.get( `${ API }/customers/${ carla.id }` )
					.set( 'Authorization', auth )
			).body;
		expect( ( await customer() ).wallet_balance ).toBe( 89000 );
		await moveClock( '2026-03-18T10:00:00Z' );
		const renewal = ( await payments( m.id ) ).find(
			( p: { kind: string } ) => p.kind === 'renewal'
		);
		expect( renewal ).toMatchObject( {
			status: 'completed',
			total: 0,
			gateway: 'wallet',
		} );
		expect( renewal.lines ).toContainEqual(
			expect.objectContaining( { kind: 'wallet_credit', amount: -10000 } )
		);
		expect( ( await customer() ).wallet_balance ).toBe( 79000 );
	} );

	it( 'R2: a declined renewal puts the membership on hold, a retry after a new card succeeds from the same anchor', async () => {
		const m = await addMembership( t, {
			customer_id: carla.id,
			plan_id: c.premium,
			period_start: '2026-03-01T00:00:00Z',
		} );
		await request( t.app )
			.put( `${ API }/customers/${ carla.id }` )
			.set( 'Authorization', auth )
			.send( {
				payment_method: {
					type: 'test_card',
					number: '4000000000000341',
				},
			} )
			.expect( 200 );
		await moveClock( '2026-04-01T00:00:00Z' );
		expect( await get( m.id ) ).toMatchObject( {
			status: 'on-hold',
			next_retry_at: '2026-04-02T00:00:00Z',
			period_end: '2026-04-01T00:00:00Z',
		} );
		expect( ( await payments( m.id ) ).at( -1 ) ).toMatchObject( {
			kind: 'renewal',
			status: 'failed',
		} );
		await request( t.app )
			.put( `${ API }/customers/${ carla.id }` )
			.set( 'Authorization', auth )
			.send( { payment_method: OK_CARD } )
			.expect( 200 );
		await moveClock( '2026-04-02T00:00:00Z' );
		expect( await get( m.id ) ).toMatchObject( {
			status: 'active',
			period_start: '2026-04-01T00:00:00Z',
			period_end: '2026-05-01T00:00:00Z',
			next_retry_at: null,
		} );
		expect( ( await payments( m.id ) ).at( -1 ) ).toMatchObject( {
			kind: 'renewal',
			status: 'completed',
			total: 9900,
		} );
	} );

	it( 'R2: without a card the membership is retried at +1, +3, +5 days and then expires', async () => {
		const m = await addMembership( t, {
			customer_id: carla.id,
			plan_id: c.premium,
			period_start: '2026-03-01T00:00:00Z',
		} );
		await moveClock( '2026-04-10T00:00:00Z' );
		expect( ( await get( m.id ) ).status ).toBe( 'expired' );
		const attempts = ( await payments( m.id ) ).filter(
			( p: { kind: string } ) => p.kind === 'renewal'
		);
		expect(
			attempts.map( ( p: { created_at: string; status: string } ) => [
				p.created_at,
				p.status,
			] )
		).toEqual( [
			[ '2026-04-01T00:00:00Z', 'failed' ],
			[ '2026-04-02T00:00:00Z', 'failed' ],
			[ '2026-04-04T00:00:00Z', 'failed' ],
			[ '2026-04-06T00:00:00Z', 'failed' ],
		] );
	} );

	it( 'R3: auto_renew off expires a paid membership at its period end without charging', async () => {
		const m = await addMembership( t, {
			customer_id: carla.id,
			plan_id: c.premium,
			period_start: '2026-03-01T00:00:00Z',
			auto_renew: false,
		} );
		await moveClock( '2026-04-01T00:00:00Z' );
		expect( ( await get( m.id ) ).status ).toBe( 'expired' );
		expect(
			( await payments( m.id ) ).filter(
				( p: { kind: string } ) => p.kind === 'renewal'
			)
		).toEqual( [] );
	} );

	it( 'R4: a clock jump across three period ends renews three times, in order, once each', async () => {
		const m = await addMembership( t, {
			customer_id: carla.id,
			plan_id: c.free,
		} );
		await change( m.id, { plan_id: c.premium } );
		const res = await moveClock( '2026-06-20T00:00:00Z' );
		expect(
			res.body.processed.map( ( p: { at: string; result: string } ) => [
				p.at,
				p.result,
			] )
		).toEqual( [
			[ '2026-04-11T10:00:00Z', 'renewed' ],
			[ '2026-05-11T10:00:00Z', 'renewed' ],
			[ '2026-06-11T10:00:00Z', 'renewed' ],
		] );
		expect( await get( m.id ) ).toMatchObject( {
			period_start: '2026-06-11T10:00:00Z',
			period_end: '2026-07-11T10:00:00Z',
		} );
		await moveClock( '2026-06-20T00:00:00Z' );
		expect(
			( await payments( m.id ) ).filter(
				( p: { kind: string } ) => p.kind === 'renewal'
			)
		).toHaveLength( 3 );
	} );

	it( 'the test clock refuses to go back (rest_invalid_param now)', async () => {
		const res = await request( t.app )
			.put( `${ API }/clock` )
			.set( 'Authorization', t.admin )
			.send( { now: '2026-01-01T00:00:00Z' } )
			.expect( 400 );
		expect( res.body.data.params ).toHaveProperty( 'now' );
	} );
} );
