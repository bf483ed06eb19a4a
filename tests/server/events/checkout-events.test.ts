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
const DECLINED_CARD = { type: 'test_card', number: '4000000000000002' };

/** RULES B2 for the customer's changes: what GET /events shows after each checkout, in order. */
describe( 'events of memberships and checkouts', () => {
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

	const membershipOn = ( planId: number, extra = {} ) =>
		addMembership( t, {
			customer_id: carla.id,
			plan_id: planId,
			period_start: '2026-03-01T00:00:00Z',
			...extra,
		} );
	const quote = async ( id: number, target: Record< string, unknown > ) =>
		(
			await request( t.app )
				.post( `${ API }/memberships/${ id }/quote` )
				.set( 'Authorization', auth )
				.send( target )
				.expect( 200 )
		).body;
	const checkout = (
		id: number,
		quoteId: string,
		method: unknown = OK_CARD
	) =>
		request( t.app )
			.post( `${ API }/memberships/${ id }/checkout` )
			.set( 'Authorization', auth )
			.send( { quote_id: quoteId, payment_method: method } );

	it( 'a membership created by the admin announces its initial payment, then membership.created', async () => {
		let created: Record< string, any > = {};
		const events = await eventsOf( t, async () => {
			created = await membershipOn( c.basic );
		} );
		expect( typesOf( events ) ).toEqual( [
			'payment.completed',
			'membership.created',
		] );
		expect( events[ 0 ].data.object ).toMatchObject( {
			kind: 'initial',
			status: 'completed',
			total: 2900,
			membership_id: created.id,
		} );
		expect( events[ 1 ].data.object ).toMatchObject( {
			id: created.id,
			plan_id: c.basic,
			status: 'active',
		} );
		expect( events[ 1 ].created_at ).toBe( '2026-03-11T10:00:00Z' );
	} );

	it( 'a paid upgrade announces payment.completed, then membership.upgraded with the new plan', async () => {
		const m = await membershipOn( c.free );
		const q = await quote( m.id, { plan_id: c.premium } );
		let payment: Record< string, any > = {};
		const events = await eventsOf( t, async () => {
			payment = ( await checkout( m.id, q.id ).expect( 200 ) ).body
				.payment;
		} );
		expect( typesOf( events ) ).toEqual( [
			'payment.completed',
			'membership.upgraded',
		] );
		expect( events[ 0 ].data.object ).toMatchObject( {
			id: payment.id,
			status: 'completed',
			total: q.due_now,
		} );
		expect( events[ 1 ].data.object ).toMatchObject( {
			id: m.id,
			plan_id: c.premium,
			status: 'active',
		} );
		expect( events[ 1 ].id ).toBeGreaterThan( events[ 0 ].id );
	} );

	it( 'a downgrade at the period end announces membership.downgrade_scheduled only; cancelling it announces membership.scheduled_change_cancelled', async () => {
		const m = await membershipOn( c.premium );
		const q = await quote( m.id, { plan_id: c.free } );
		const scheduled = await eventsOf( t, () =>
			checkout( m.id, q.id ).expect( 200 )
		);
		expect( typesOf( scheduled ) ).toEqual( [
			'membership.downgrade_scheduled',
		] );
		expect( scheduled[ 0 ].data.object ).toMatchObject( {
			plan_id: c.premium,
			scheduled_change: expect.objectContaining( { plan_id: c.free } ),
		} );
		const cancelled = await eventsOf( t, () =>
			request( t.app )
				.delete( `${ API }/memberships/${ m.id }/scheduled-change` )
				.set( 'Authorization', auth )
				.expect( 200 )
		);
		expect( typesOf( cancelled ) ).toEqual( [
			'membership.scheduled_change_cancelled',
		] );
		expect( cancelled[ 0 ].data.object ).toMatchObject( {
			plan_id: c.premium,
			scheduled_change: null,
		} );
	} );

	it( 'adding an add-on announces payment.completed, then membership.addons_changed', async () => {
		const m = await membershipOn( c.premium );
		const q = await quote( m.id, {
			addons: [ { product_id: c.visits, quantity: 1 } ],
		} );
		const events = await eventsOf( t, () =>
			checkout( m.id, q.id ).expect( 200 )
		);
		expect( typesOf( events ) ).toEqual( [
			'payment.completed',
			'membership.addons_changed',
		] );
		expect( events[ 1 ].data.object.addons ).toEqual( [
			expect.objectContaining( { product_id: c.visits, quantity: 1 } ),
		] );
	} );

	it( 'credit above the charge announces wallet.credited between the payment and the membership', async () => {
		const yearly = await membershipOn( c.premium, {
			duration: 1,
			duration_unit: 'year',
			period_start: '2026-03-11T10:00:00Z',
		} );
		const sprint = await sprintPlan( t );
		const q = await quote( yearly.id, {
			plan_id: sprint,
			duration: 1,
			duration_unit: 'week',
		} );
		const events = await eventsOf( t, () =>
			request( t.app )
				.post( `${ API }/memberships/${ yearly.id }/checkout` )
				.set( 'Authorization', auth )
				.send( { quote_id: q.id } )
				.expect( 200 )
		);
		expect( typesOf( events ) ).toEqual( [
			'payment.completed',
			'wallet.credited',
			'membership.upgraded',
		] );
		const credit = events[ 1 ].data.object;
		expect( credit.amount ).toBe( -q.total );
		expect( credit ).toMatchObject( {
			customer_id: carla.id,
			balance_after: credit.amount,
			payment_id: events[ 0 ].data.object.id,
		} );
		expect( events[ 2 ].data.object.plan_id ).toBe( sprint );
	} );

	it( 'a declined card announces payment.failed only, and the quote stays open for another card', async () => {
		const m = await membershipOn( c.free );
		const q = await quote( m.id, { plan_id: c.premium } );
		const events = await eventsOf( t, () =>
			checkout( m.id, q.id, DECLINED_CARD ).expect( 402 )
		);
		expect( typesOf( events ) ).toEqual( [ 'payment.failed' ] );
		expect( events[ 0 ].data.object ).toMatchObject( {
			status: 'failed',
			kind: 'change',
			membership_id: m.id,
			total: q.due_now,
		} );
		const membership = await request( t.app )
			.get( `${ API }/memberships/${ m.id }` )
			.set( 'Authorization', auth )
			.expect( 200 );
		expect( membership.body.plan_id ).toBe( c.free );
		await checkout( m.id, q.id ).expect( 200 );
	} );

	it( 'a refused change (a stale quote) announces nothing', async () => {
		const m = await membershipOn( c.free );
		const q = await quote( m.id, { plan_id: c.premium } );
		await checkout( m.id, q.id ).expect( 200 );
		const events = await eventsOf( t, () =>
			checkout( m.id, q.id ).expect( 409 )
		);
		expect( events ).toEqual( [] );
	} );

	it( 'a manual payment announces payment.pending; the admin completing it announces payment.completed, then the change', async () => {
		const m = await membershipOn( c.free );
		const q = await quote( m.id, { plan_id: c.premium } );
		let paymentId = 0;
		const pending = await eventsOf( t, async () => {
			paymentId = (
				await checkout( m.id, q.id, { type: 'manual' } ).expect( 200 )
			).body.payment.id;
		} );
		expect( typesOf( pending ) ).toEqual( [ 'payment.pending' ] );
		const completed = await eventsOf( t, () =>
			request( t.app )
				.post( `${ API }/payments/${ paymentId }/complete` )
				.set( 'Authorization', t.admin )
				.expect( 200 )
		);
		expect( typesOf( completed ) ).toEqual( [
			'payment.completed',
			'membership.upgraded',
		] );
		expect( completed[ 1 ].data.object.plan_id ).toBe( c.premium );
	} );

	it( 'the admin repairing a membership announces membership.updated', async () => {
		const m = await membershipOn( c.basic );
		const events = await eventsOf( t, () =>
			request( t.app )
				.put( `${ API }/memberships/${ m.id }` )
				.set( 'Authorization', t.admin )
				.send( { auto_renew: false } )
				.expect( 200 )
		);
		expect( typesOf( events ) ).toEqual( [ 'membership.updated' ] );
		expect( events[ 0 ].data.object.auto_renew ).toBe( false );
	} );
} );
