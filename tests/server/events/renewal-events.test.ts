import request from 'supertest';
import { eventsOf, sprintPlan, typesOf } from '../../support/events';
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

const OK_CARD = { type: 'test_card', number: '4242424242424242' };
const SAVED_BUT_DECLINED = { type: 'test_card', number: '4000000000000341' };

/** RULES B2 for renewals, driven by the test clock (PUT /clock): each event at the renewal's instant. */
describe( 'events of renewals', () => {
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

	const moveClock = ( now: string ) => () =>
		request( t.app )
			.put( `${ API }/clock` )
			.set( 'Authorization', t.admin )
			.send( { now } )
			.expect( 200 );
	const saveCard = ( card: unknown ) =>
		request( t.app )
			.put( `${ API }/customers/${ carla.id }` )
			.set( 'Authorization', auth )
			.send( { payment_method: card } )
			.expect( 200 );
	const premium = ( extra = {} ) =>
		addMembership( t, {
			customer_id: carla.id,
			plan_id: c.premium,
			period_start: '2026-03-01T00:00:00Z',
			...extra,
		} );

	it( 'a paid renewal announces payment.completed, then membership.renewed, at the period end', async () => {
		const m = await premium();
		await saveCard( OK_CARD );
		const events = await eventsOf( t, moveClock( '2026-04-02T00:00:00Z' ) );
		expect( typesOf( events ) ).toEqual( [
			'payment.completed',
			'membership.renewed',
		] );
		expect( events[ 0 ].data.object ).toMatchObject( {
			kind: 'renewal',
			total: 9900,
		} );
		expect( events[ 1 ].data.object ).toMatchObject( {
			id: m.id,
			status: 'active',
			period_start: '2026-04-01T00:00:00Z',
		} );
		expect( events.map( ( e ) => e.created_at ) ).toEqual( [
			'2026-04-01T00:00:00Z',
			'2026-04-01T00:00:00Z',
		] );
	} );

	it( 'a scheduled downgrade applied at the renewal announces membership.downgraded before membership.renewed', async () => {
		const m = await premium();
		await saveCard( OK_CARD );
		const q = await request( t.app )
			.post( `${ API }/memberships/${ m.id }/quote` )
			.set( 'Authorization', auth )
			.send( { plan_id: c.free } )
			.expect( 200 );
		await request( t.app )
			.post( `${ API }/memberships/${ m.id }/checkout` )
			.set( 'Authorization', auth )
			.send( { quote_id: q.body.id } )
			.expect( 200 );
		const events = await eventsOf( t, moveClock( '2026-04-01T00:00:00Z' ) );
		expect( typesOf( events ) ).toEqual( [
			'membership.downgraded',
			'membership.renewed',
		] );
		expect( events[ 0 ].data.object ).toMatchObject( {
			plan_id: c.free,
			scheduled_change: null,
		} );
	} );

	it( 'a declined renewal announces payment.failed, then membership.renewal_failed (on hold); the last retry membership.expired', async () => {
		const m = await premium();
		await saveCard( SAVED_BUT_DECLINED );
		const failed = await eventsOf( t, moveClock( '2026-04-01T00:00:00Z' ) );
		expect( typesOf( failed ) ).toEqual( [
			'payment.failed',
			'membership.renewal_failed',
		] );
		expect( failed[ 1 ].data.object ).toMatchObject( {
			id: m.id,
			status: 'on-hold',
			next_retry_at: '2026-04-02T00:00:00Z',
		} );
		const rest = await eventsOf( t, moveClock( '2026-04-10T00:00:00Z' ) );
		expect( typesOf( rest ) ).toEqual( [
			'payment.failed',
			'membership.renewal_failed',
			'payment.failed',
			'membership.renewal_failed',
			'payment.failed',
			'membership.expired',
		] );
		expect( rest.at( -1 )?.data.object.status ).toBe( 'expired' );
	} );

	it( 'a membership that does not renew automatically announces membership.expired', async () => {
		await premium( { auto_renew: false } );
		const events = await eventsOf( t, moveClock( '2026-04-01T00:00:00Z' ) );
		expect( typesOf( events ) ).toEqual( [ 'membership.expired' ] );
	} );

	it( 'paying an on-hold renewal by hand announces payment.completed, then membership.renewed; a declined card payment.failed only', async () => {
		const m = await premium();
		await saveCard( SAVED_BUT_DECLINED );
		await moveClock( '2026-04-01T00:00:00Z' )();
		const pay = ( number: string ) =>
			request( t.app )
				.post( `${ API }/memberships/${ m.id }/pay-renewal` )
				.set( 'Authorization', auth )
				.send( { payment_method: { type: 'test_card', number } } );
		const declined = await eventsOf( t, () =>
			pay( '4000000000000002' ).expect( 402 )
		);
		expect( typesOf( declined ) ).toEqual( [ 'payment.failed' ] );
		const paid = await eventsOf( t, () =>
			pay( '4242424242424242' ).expect( 200 )
		);
		expect( typesOf( paid ) ).toEqual( [
			'payment.completed',
			'membership.renewed',
		] );
		expect( paid[ 1 ].data.object.status ).toBe( 'active' );
	} );

	it( 'a renewal paid from the wallet announces payment.completed, wallet.debited, then membership.renewed', async () => {
		const yearly = await premium( {
			duration: 1,
			duration_unit: 'year',
			period_start: '2026-03-11T10:00:00Z',
		} );
		const sprint = await sprintPlan( t );
		const q = await request( t.app )
			.post( `${ API }/memberships/${ yearly.id }/quote` )
			.set( 'Authorization', auth )
			.send( { plan_id: sprint, duration: 1, duration_unit: 'week' } )
			.expect( 200 );
		await request( t.app )
			.post( `${ API }/memberships/${ yearly.id }/checkout` )
			.set( 'Authorization', auth )
			.send( { quote_id: q.body.id } )
			.expect( 200 );
		const events = await eventsOf( t, moveClock( '2026-03-18T10:00:00Z' ) );
		expect( typesOf( events ) ).toEqual( [
			'payment.completed',
			'wallet.debited',
			'membership.renewed',
		] );
		expect( events[ 1 ].data.object ).toMatchObject( {
			amount: -10000,
			customer_id: carla.id,
		} );
	} );
} );
