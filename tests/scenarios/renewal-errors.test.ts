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
const SAVED_BUT_DECLINED = { type: 'test_card', number: '4000000000000341' };

/** Stories of renewals that cannot be processed (RULES R5, M6) and the admin's repair (API.md PUT /memberships/{id}). */
describe( 'renewal errors and repairs through PUT /clock and PUT /memberships/{id}', () => {
	let t: TestApp;
	let c: Catalogue;

	beforeEach( async () => {
		t = createTestApp( '2026-03-11T10:00:00Z' );
		c = await createCatalogue( t );
	} );

	const moveClock = async ( now: string ) =>
		(
			await request( t.app )
				.put( `${ API }/clock` )
				.set( 'Authorization', t.admin )
				.send( { now } )
				.expect( 200 )
		).body.processed as {
			membership_id: number;
			at: string;
			result: string;
		}[];
	const get = async ( id: number ) =>
		(
			await request( t.app )
				.get( `${ API }/memberships/${ id }` )
				.set( 'Authorization', t.admin )
				.expect( 200 )
		).body;
	const repair = (
		id: number,
		body: Record< string, unknown >,
		auth = t.admin
	) =>
		request( t.app )
			.put( `${ API }/memberships/${ id }` )
			.set( 'Authorization', auth )
			.send( body );
	const withCard = async ( username: string ) => {
		const customer = await addCustomer( t, username );
		await request( t.app )
			.put( `${ API }/customers/${ customer.id }` )
			.set( 'Authorization', t.basic( username ) )
			.send( { payment_method: OK_CARD } )
			.expect( 200 );
		return customer;
	};
	/** Writes a period end as the code before migration 0004 could (a six-digit year), past the table's guard. */
	const poisonPeriodEnd = ( id: number, text: string ) => {
		const guard = (
			t.ctx.db
				.prepare(
					"SELECT sql FROM sqlite_master WHERE name = 'memberships_instants_update'"
				)
				.get() as { sql: string }
		 ).sql;
		t.ctx.db.exec( 'DROP TRIGGER memberships_instants_update' );
		t.ctx.db
			.prepare( 'UPDATE memberships SET period_end_at = ? WHERE id = ?' )
			.run( text, id );
		t.ctx.db.exec( guard );
	};

	it( 'R5: one poisoned membership cannot stop the others; it is recorded, skipped until repaired, then renews normally', async () => {
		const dave = await withCard( 'dave' );
		const erin = await withCard( 'erin' );
		const carla = await addCustomer( t, 'carla' );
		const poisoned = await addMembership( t, {
			customer_id: carla.id,
			plan_id: c.free,
		} );
		const before = await addMembership( t, {
			customer_id: dave.id,
			plan_id: c.premium,
			period_start: '2026-03-01T00:00:00Z',
		} );
		const after = await addMembership( t, {
			customer_id: erin.id,
			plan_id: c.basic,
			period_start: '2026-03-20T00:00:00Z',
		} );
		// The issue-10 membership: 10,000 years of Free ended at a six-digit year, which sorts before every instant as text.
		poisonPeriodEnd( poisoned.id, '+012026-03-11T10:00:00.000Z' );

		const run = await moveClock( '2026-05-01T00:00:00Z' );
		expect(
			run.map( ( p ) => [ p.membership_id, p.at, p.result ] )
		).toEqual( [
			[ poisoned.id, '+012026-03-11T10:00:00.000Z', 'error' ],
			[ before.id, '2026-04-01T00:00:00Z', 'renewed' ],
			[ after.id, '2026-04-20T00:00:00Z', 'renewed' ],
			[ before.id, '2026-05-01T00:00:00Z', 'renewed' ],
		] );
		expect( await get( after.id ) ).toMatchObject( {
			status: 'active',
			period_end: '2026-05-20T00:00:00Z',
			renewal_error: null,
		} );
		const shown = await get( poisoned.id );
		expect( shown ).toMatchObject( {
			status: 'active',
			period_end: '+012026-03-11T10:00:00.000Z',
		} );
		expect( shown.renewal_error ).toEqual( {
			at: '2026-05-01T00:00:00Z',
			message:
				'The instant +012026-03-11T10:00:00.000Z is outside the years 1000–9999.',
		} );
		// The owner sees it too, and the admin's dashboard counts it.
		expect(
			(
				await request( t.app )
					.get( `${ API }/memberships/${ poisoned.id }` )
					.set( 'Authorization', t.basic( 'carla' ) )
					.expect( 200 )
			).body.renewal_error
		).not.toBeNull();
		const attention = await request( t.app )
			.get( `${ API }/memberships?renewal_error=true&per_page=1` )
			.set( 'Authorization', t.admin )
			.expect( 200 );
		expect( [
			attention.headers[ 'x-wp-total' ],
			attention.body[ 0 ].id,
		] ).toEqual( [ '1', poisoned.id ] );

		// Not retried forever: later runs leave it alone until it is repaired.
		expect(
			( await moveClock( '2026-05-20T00:00:00Z' ) ).map(
				( p ) => p.membership_id
			)
		).toEqual( [ after.id ] );

		const repaired = await repair( poisoned.id, {
			period_end: '2026-06-11T10:00:00Z',
		} ).expect( 200 );
		expect( repaired.body ).toMatchObject( {
			status: 'active',
			period_end: '2026-06-11T10:00:00Z',
			renewal_error: null,
			version: shown.version + 1,
		} );
		expect(
			( await moveClock( '2026-06-11T10:00:00Z' ) ).map( ( p ) => [
				p.membership_id,
				p.result,
			] )
		).toEqual( [
			[ before.id, 'renewed' ],
			[ poisoned.id, 'continued' ],
		] );
		expect( await get( poisoned.id ) ).toMatchObject( {
			period_start: '2026-06-11T10:00:00Z',
			period_end: '2026-07-11T10:00:00Z',
			renewal_error: null,
		} );
	} );

	it( 'R5: a renewal that throws (a gateway failing badly) is rolled back, recorded and skipped; the run goes on', async () => {
		const dave = await withCard( 'dave' );
		const erin = await withCard( 'erin' );
		const failing = await addMembership( t, {
			customer_id: dave.id,
			plan_id: c.premium,
			period_start: '2026-03-01T00:00:00Z',
		} );
		const other = await addMembership( t, {
			customer_id: erin.id,
			plan_id: c.premium,
			period_start: '2026-03-01T00:00:00Z',
		} );
		const find = t.ctx.customers.find.bind( t.ctx.customers );
		const spy = jest
			.spyOn( t.ctx.customers, 'find' )
			.mockImplementation( ( id ) => {
				if ( id === dave.id ) {
					throw new TypeError( 'gateway answered garbage' );
				}
				return find( id );
			} );
		const run = await moveClock( '2026-04-01T00:00:00Z' );
		spy.mockRestore();
		expect( run.map( ( p ) => [ p.membership_id, p.result ] ) ).toEqual( [
			[ failing.id, 'error' ],
			[ other.id, 'renewed' ],
		] );
		expect( await get( failing.id ) ).toMatchObject( {
			status: 'active',
			period_end: '2026-04-01T00:00:00Z',
			renewal_error: {
				at: '2026-04-01T00:00:00Z',
				message:
					'The renewal could not be processed (TypeError: gateway answered garbage).',
			},
		} );
		const payments = (
			await request( t.app )
				.get( `${ API }/payments?membership=${ failing.id }` )
				.set( 'Authorization', t.admin )
		).body;
		expect(
			payments.filter( ( p: { kind: string } ) => p.kind === 'renewal' )
		).toEqual( [] );
		expect( await moveClock( '2026-04-02T00:00:00Z' ) ).toEqual( [] );
		await repair( failing.id, { auto_renew: true } ).expect( 200 );
		expect(
			( await moveClock( '2026-04-02T00:00:00Z' ) ).map( ( p ) => [
				p.membership_id,
				p.at,
				p.result,
			] )
		).toEqual( [ [ failing.id, '2026-04-01T00:00:00Z', 'renewed' ] ] );
	} );

	it( 'R5 + K8: a scheduled change of 10,000 years (data the table allows) is recorded at the period end; cancelling it and saving a repair renews', async () => {
		const carla = await withCard( 'carla' );
		const dave = await withCard( 'dave' );
		const m = await addMembership( t, {
			customer_id: carla.id,
			plan_id: c.premium,
			period_start: '2026-03-01T00:00:00Z',
		} );
		const other = await addMembership( t, {
			customer_id: dave.id,
			plan_id: c.premium,
			period_start: '2026-03-01T00:00:00Z',
		} );
		t.ctx.db
			.prepare(
				"UPDATE memberships SET scheduled_effective_at = period_end_at, scheduled_plan_id = ?, scheduled_duration = 10000, scheduled_duration_unit = 'year', scheduled_addons = '[]' WHERE id = ?"
			)
			.run( c.free, m.id );
		expect(
			( await moveClock( '2026-04-01T00:00:00Z' ) ).map( ( p ) => [
				p.membership_id,
				p.result,
			] )
		).toEqual( [
			[ m.id, 'error' ],
			[ other.id, 'renewed' ],
		] );
		expect( await get( m.id ) ).toMatchObject( {
			plan_id: c.premium,
			status: 'active',
			renewal_error: {
				at: '2026-04-01T00:00:00Z',
				message:
					'The billing period can be at most 10 years (3,650 days, 520 weeks or 120 months).',
			},
		} );
		await request( t.app )
			.delete( `${ API }/memberships/${ m.id }/scheduled-change` )
			.set( 'Authorization', t.admin )
			.expect( 200 );
		expect( await moveClock( '2026-04-02T00:00:00Z' ) ).toEqual( [] );
		await repair( m.id, { status: 'active' } ).expect( 200 );
		expect(
			( await moveClock( '2026-04-02T00:00:00Z' ) ).map( ( p ) => [
				p.membership_id,
				p.at,
				p.result,
			] )
		).toEqual( [ [ m.id, '2026-04-01T00:00:00Z', 'renewed' ] ] );
		expect( await get( m.id ) ).toMatchObject( {
			plan_id: c.premium,
			period_end: '2026-05-01T00:00:00Z',
			renewal_error: null,
		} );
	} );

	it( 'PUT /memberships/{id}: admin only; each bad field named in data.params; status, period end and auto-renew saved', async () => {
		const carla = await withCard( 'carla' );
		const m = await addMembership( t, {
			customer_id: carla.id,
			plan_id: c.premium,
			period_start: '2026-03-01T00:00:00Z',
		} );
		expect(
			(
				await repair(
					m.id,
					{ auto_renew: false },
					t.basic( 'carla' )
				).expect( 403 )
			).body.code
		).toBe( 'rest_forbidden' );
		const bad = await repair( m.id, {
			status: 'paused',
			period_end: '+012026-03-11T10:00:00Z',
			auto_renew: 'maybe',
		} ).expect( 400 );
		expect( bad.body.code ).toBe( 'rest_invalid_param' );
		expect( Object.keys( bad.body.data.params ).sort() ).toEqual( [
			'auto_renew',
			'period_end',
			'status',
		] );
		expect( bad.body.data.params.period_end ).toMatch( /1000–9999/ );
		expect(
			( await repair( m.id, { status: 'pending' } ).expect( 400 ) ).body
				.data.params.status
		).toBe(
			'A repair may set the status to active, expired, cancelled, or keep it active.'
		);
		expect(
			(
				await repair( m.id, {
					period_end: '2026-02-01T00:00:00Z',
				} ).expect( 400 )
			).body.data.params
		).toHaveProperty( 'period_end' );
		expect( ( await repair( m.id, {} ).expect( 400 ) ).body.code ).toBe(
			'rest_invalid_param'
		);
		await request( t.app )
			.put( `${ API }/memberships/999` )
			.set( 'Authorization', t.admin )
			.send( { auto_renew: false } )
			.expect( 404 );

		const quote = await request( t.app )
			.post( `${ API }/memberships/${ m.id }/quote` )
			.set( 'Authorization', t.basic( 'carla' ) )
			.send( { plan_id: c.premium, duration: 1, duration_unit: 'year' } )
			.expect( 200 );
		expect(
			( await repair( m.id, { auto_renew: false } ).expect( 200 ) ).body
		).toMatchObject( {
			status: 'active',
			auto_renew: false,
			version: m.version + 1,
		} );
		// The version moved: a quote priced before the repair is stale.
		const stale = await request( t.app )
			.post( `${ API }/memberships/${ m.id }/checkout` )
			.set( 'Authorization', t.basic( 'carla' ) )
			.send( { quote_id: quote.body.id, payment_method: OK_CARD } )
			.expect( 409 );
		expect( stale.body.code ).toBe( 'wu_quote_stale' );
		const saved = await repair( m.id, {
			status: 'cancelled',
			period_end: '2026-04-15T12:00:00+02:00',
		} ).expect( 200 );
		expect( saved.body ).toMatchObject( {
			status: 'cancelled',
			period_end: '2026-04-15T10:00:00Z',
			auto_renew: false,
			version: m.version + 2,
		} );
		expect( await moveClock( '2026-05-01T00:00:00Z' ) ).toEqual( [] );
	} );

	it( 'R1 + R5: a scheduled downgrade whose renewal charge fails leaves the customer on hold on the plan chosen; paying charges its price', async () => {
		const starter = (
			await request( t.app )
				.post( `${ API }/products` )
				.set( 'Authorization', t.admin )
				.send( {
					name: 'Starter',
					type: 'plan',
					amount: 1900,
					group: 'High End',
					list_order: 2,
					limits: {
						sites: 2,
						visits: 5000,
						disk_space: 512,
						users: 2,
						custom_domains: 0,
					},
				} )
				.expect( 201 )
		).body;
		const carla = await withCard( 'carla' );
		const auth = t.basic( 'carla' );
		const m = await addMembership( t, {
			customer_id: carla.id,
			plan_id: c.premium,
			period_start: '2026-03-01T00:00:00Z',
		} );
		const quote = await request( t.app )
			.post( `${ API }/memberships/${ m.id }/quote` )
			.set( 'Authorization', auth )
			.send( { plan_id: starter.id } )
			.expect( 200 );
		await request( t.app )
			.post( `${ API }/memberships/${ m.id }/checkout` )
			.set( 'Authorization', auth )
			.send( { quote_id: quote.body.id, payment_method: OK_CARD } )
			.expect( 200 );
		expect( ( await get( m.id ) ).scheduled_change ).toMatchObject( {
			plan_id: starter.id,
			effective_at: '2026-04-01T00:00:00Z',
		} );
		await request( t.app )
			.put( `${ API }/customers/${ carla.id }` )
			.set( 'Authorization', auth )
			.send( { payment_method: SAVED_BUT_DECLINED } )
			.expect( 200 );

		expect(
			( await moveClock( '2026-04-01T00:00:00Z' ) ).map(
				( p ) => p.result
			)
		).toEqual( [ 'on-hold' ] );
		expect( await get( m.id ) ).toMatchObject( {
			status: 'on-hold',
			plan_id: starter.id,
			scheduled_change: null,
			period_end: '2026-04-01T00:00:00Z',
			amount: 1900,
			next_retry_at: '2026-04-02T00:00:00Z',
		} );
		const limits = (
			await request( t.app )
				.get( `${ API }/memberships/${ m.id }/limits` )
				.set( 'Authorization', auth )
				.expect( 200 )
		).body.limits;
		expect( limits ).toMatchObject( {
			sites: 2,
			visits: 5000,
			custom_domains: 0,
		} );
		const failed = (
			await request( t.app )
				.get( `${ API }/payments?membership=${ m.id }` )
				.set( 'Authorization', auth )
		).body.find( ( p: { kind: string } ) => p.kind === 'renewal' );
		expect( failed ).toMatchObject( { status: 'failed', total: 1900 } );

		const paid = await request( t.app )
			.post( `${ API }/memberships/${ m.id }/pay-renewal` )
			.set( 'Authorization', auth )
			.send( { payment_method: OK_CARD } )
			.expect( 200 );
		expect( paid.body.payment ).toMatchObject( {
			status: 'completed',
			total: 1900,
			kind: 'renewal',
		} );
		expect( paid.body.payment.lines ).toEqual( [
			expect.objectContaining( {
				kind: 'plan',
				product_id: starter.id,
				amount: 1900,
			} ),
		] );
		expect( paid.body.membership ).toMatchObject( {
			status: 'active',
			plan_id: starter.id,
			scheduled_change: null,
			period_start: '2026-04-01T00:00:00Z',
			period_end: '2026-05-01T00:00:00Z',
		} );
	} );
} );
