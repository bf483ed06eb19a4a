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

const NOW = '2026-03-11T10:00:00Z';
const CARD = { type: 'test_card', number: '4242424242424242' };

describe( 'RULES §9 worked examples over HTTP', () => {
	let t: TestApp;
	let c: Catalogue;
	let customer: { id: number };
	let auth: string;

	beforeEach( async () => {
		t = createTestApp( NOW );
		c = await createCatalogue( t );
		customer = await addCustomer( t, 'carla' );
		auth = t.basic( 'carla' );
	} );

	const premiumMonthly = () =>
		addMembership( t, {
			customer_id: customer.id,
			plan_id: c.premium,
			period_start: '2026-03-01T00:00:00Z',
		} );
	const quote = ( id: number, body: Record< string, unknown > ) =>
		request( t.app )
			.post( `${ API }/memberships/${ id }/quote` )
			.set( 'Authorization', auth )
			.send( body );
	const pay = ( id: number, quoteId: string, method: unknown = CARD ) =>
		request( t.app )
			.post( `${ API }/memberships/${ id }/checkout` )
			.set( 'Authorization', auth )
			.send( { quote_id: quoteId, payment_method: method } );

	it( 'E1 offers Free (current) and Premium to a Free member, never Basic (G1)', async () => {
		const m = await addMembership( t, {
			customer_id: customer.id,
			plan_id: c.free,
		} );
		const res = await request( t.app )
			.get( `${ API }/memberships/${ m.id }/options` )
			.set( 'Authorization', auth )
			.expect( 200 );
		expect(
			res.body.plans.map( ( p: { id: number; current: boolean } ) => [
				p.id,
				p.current,
			] )
		).toEqual( [
			[ c.free, true ],
			[ c.premium, false ],
		] );
	} );

	it( 'E2 Free → Premium monthly: upgrade, 9900 + setup 5000 = 14900, new period to 04-11 (K7, K10)', async () => {
		const m = await addMembership( t, {
			customer_id: customer.id,
			plan_id: c.free,
		} );
		const q = await quote( m.id, {
			plan_id: c.premium,
			duration: 1,
			duration_unit: 'month',
		} ).expect( 200 );
		expect( q.body.type ).toBe( 'upgrade' );
		expect(
			q.body.lines.map( ( l: { kind: string; amount: number } ) => [
				l.kind,
				l.amount,
			] )
		).toEqual( [
			[ 'plan', 9900 ],
			[ 'setup_fee', 5000 ],
		] );
		expect( q.body.due_now ).toBe( 14900 );
		expect( q.body.next_charge ).toEqual( {
			date: '2026-04-11T10:00:00Z',
			amount: 9900,
		} );
		const paid = await pay( m.id, q.body.id ).expect( 200 );
		expect( paid.body.membership ).toMatchObject( {
			plan_id: c.premium,
			status: 'active',
			period_start: NOW,
			period_end: '2026-04-11T10:00:00Z',
			amount: 9900,
		} );
		expect( paid.body.payment ).toMatchObject( {
			status: 'completed',
			total: 14900,
			currency: 'USD',
		} );
	} );

	it( 'E3 Premium monthly → + Unlimited Visits: addon, 677 now, next 10900 on 04-01, visits unlimited at once (K6, L3)', async () => {
		const m = await premiumMonthly();
		const q = await quote( m.id, {
			addons: [ { product_id: c.visits, quantity: 1 } ],
		} ).expect( 200 );
		expect( q.body.type ).toBe( 'addon' );
		expect( q.body.due_now ).toBe( 677 );
		expect( q.body.next_charge ).toEqual( {
			date: '2026-04-01T00:00:00Z',
			amount: 10900,
		} );
		await pay( m.id, q.body.id ).expect( 200 );
		const limits = await request( t.app )
			.get( `${ API }/memberships/${ m.id }/limits` )
			.set( 'Authorization', auth )
			.expect( 200 );
		expect( limits.body.limits.visits ).toBe( 'unlimited' );
	} );

	it( 'E4 Premium monthly → Premium yearly: credit 6706, no setup fee, due 92294, next 99000 on 2027-03-11 (K3, K7)', async () => {
		const m = await premiumMonthly();
		const q = await quote( m.id, {
			duration: 1,
			duration_unit: 'year',
		} ).expect( 200 );
		expect( q.body.type ).toBe( 'upgrade' );
		expect( q.body.lines ).toContainEqual(
			expect.objectContaining( {
				kind: 'proration_credit',
				amount: -6706,
			} )
		);
		expect(
			q.body.lines.some(
				( l: { kind: string } ) => l.kind === 'setup_fee'
			)
		).toBe( false );
		expect( q.body.due_now ).toBe( 92294 );
		expect( q.body.next_charge ).toEqual( {
			date: '2027-03-11T10:00:00Z',
			amount: 99000,
		} );
		const paid = await pay( m.id, q.body.id ).expect( 200 );
		expect( paid.body.payment.total ).toBe( 92294 );
		expect( paid.body.membership ).toMatchObject( {
			duration_unit: 'year',
			period_end: '2027-03-11T10:00:00Z',
		} );
	} );

	it( 'E5 Premium monthly → Free: downgrade, due 0, scheduled for 04-01, cancellable (K8)', async () => {
		const m = await premiumMonthly();
		const q = await quote( m.id, { plan_id: c.free } ).expect( 200 );
		expect( q.body ).toMatchObject( {
			type: 'downgrade',
			due_now: 0,
			effective_at: '2026-04-01T00:00:00Z',
		} );
		const paid = await request( t.app )
			.post( `${ API }/memberships/${ m.id }/checkout` )
			.set( 'Authorization', auth )
			.send( { quote_id: q.body.id } )
			.expect( 200 );
		expect( paid.body.payment ).toBeNull();
		expect( paid.body.membership.plan_id ).toBe( c.premium );
		expect( paid.body.membership.scheduled_change ).toMatchObject( {
			effective_at: '2026-04-01T00:00:00Z',
			plan_id: c.free,
		} );
		const cancelled = await request( t.app )
			.delete( `${ API }/memberships/${ m.id }/scheduled-change` )
			.set( 'Authorization', auth )
			.expect( 200 );
		expect( cancelled.body.scheduled_change ).toBeNull();
	} );

	it( 'E6 Premium monthly → Premium monthly without add-ons: wu_no_changes 422 (K1)', async () => {
		const m = await premiumMonthly();
		const res = await quote( m.id, {
			plan_id: c.premium,
			duration: 1,
			duration_unit: 'month',
			addons: [],
		} ).expect( 422 );
		expect( res.body.code ).toBe( 'wu_no_changes' );
	} );

	it( 'E7 Basic yearly → Premium monthly: wu_not_available 422 (G2, G4)', async () => {
		const m = await addMembership( t, {
			customer_id: customer.id,
			plan_id: c.basic,
			duration: 1,
			duration_unit: 'year',
			period_start: '2026-01-01T00:00:00Z',
		} );
		const res = await quote( m.id, {
			plan_id: c.premium,
			duration: 1,
			duration_unit: 'month',
		} ).expect( 422 );
		expect( res.body.code ).toBe( 'wu_not_available' );
	} );
} );
