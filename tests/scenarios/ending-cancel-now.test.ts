import request from 'supertest';
import { endingWorld, type EndingWorld } from '../support/ending';
import { API } from '../support/test-app';

// RULES X2: the network admin ends a membership now, with no refund, the unused part to the
// wallet, or the unused part back to the card (decisions 58, 59).
describe( 'the admin cancels now (X2)', () => {
	let w: EndingWorld;
	let membershipId: number;
	let paymentId: number;

	const cancelNow = ( refund: string ) =>
		request( w.t.app )
			.post( `${ API }/memberships/${ membershipId }/cancel` )
			.set( 'Authorization', w.t.admin )
			.send( { when: 'now', refund } );

	beforeEach( async () => {
		// E2: Free → Premium monthly by card on 11 March: 9900 + setup fee 5000 = 14900, period to 11 April.
		w = await endingWorld( '2026-03-11T10:00:00Z' );
		( { membershipId, paymentId } = await w.premiumByCard() );
		expect( ( await w.getPayment( paymentId ) ).total ).toBe( 14900 );
		// Ten days later: 21 of 31 days unused, round( 9900 × 21 / 31 ) = 6706 (K7; the setup fee is not credited).
		await w.moveClock( '2026-03-21T10:00:00Z' );
	} );

	it( 'previews the unused part and what the card can take back', async () => {
		const preview = await request( w.t.app )
			.get( `${ API }/memberships/${ membershipId }/cancel` )
			.set( 'Authorization', w.t.admin )
			.expect( 200 );
		expect( preview.body ).toEqual( {
			membership_id: membershipId,
			period_end: '2026-04-11T10:00:00Z',
			cancel_at: null,
			unused_amount: 6706,
			card_amount: 6706,
			currency: 'USD',
			drops_scheduled_change: false,
		} );
	} );

	it( 'no refund: ends at once, nothing moves', async () => {
		const res = await cancelNow( 'none' ).expect( 200 );
		expect( res.body ).toMatchObject( {
			status: 'cancelled',
			cancelled_at: '2026-03-21T10:00:00Z',
			settlement: {
				refund: 'none',
				unused_amount: 0,
				to_card: 0,
				to_wallet: 0,
			},
		} );
		expect( await w.balance( w.carla.id ) ).toBe( 0 );
		expect( await w.getPayment( paymentId ) ).toMatchObject( {
			status: 'completed',
			refunded_total: 0,
			refunds: [],
		} );
		// Nothing renews on 11 April.
		expect(
			( await w.moveClock( '2026-04-12T00:00:00Z' ) ).processed
		).toEqual( [] );
	} );

	it( 'to the wallet: 6706 credited, with the admin named on the ledger', async () => {
		const res = await cancelNow( 'wallet' ).expect( 200 );
		expect( res.body.settlement ).toEqual( {
			refund: 'wallet',
			unused_amount: 6706,
			to_card: 0,
			to_wallet: 6706,
			currency: 'USD',
			refunds: [],
		} );
		expect( await w.balance( w.carla.id ) ).toBe( 6706 );
		const [ entry ] = await w.wallet( w.carla.id );
		expect( entry ).toMatchObject( {
			amount: 6706,
			balance_after: 6706,
			reason: `Unused part of membership #${ membershipId }, cancelled`,
			actor: { name: 'Admin' },
		} );
		expect( ( await w.getPayment( paymentId ) ).refunded_total ).toBe( 0 );
	} );

	it( 'to the card: 6706 refunded against the card payment, which is partially refunded', async () => {
		const res = await cancelNow( 'card' ).expect( 200 );
		expect( res.body.settlement ).toMatchObject( {
			refund: 'card',
			unused_amount: 6706,
			to_card: 6706,
			to_wallet: 0,
			refunds: [
				{
					payment_id: paymentId,
					amount: 6706,
					to: 'card',
					cancelled_membership_id: membershipId,
					gateway_reference: expect.stringMatching( /^test_refund_/ ),
				},
			],
		} );
		expect( await w.getPayment( paymentId ) ).toMatchObject( {
			status: 'partially_refunded',
			total: 14900,
			refunded_total: 6706,
		} );
		expect( await w.balance( w.carla.id ) ).toBe( 0 );
		const refunded = await request( w.t.app )
			.get( `${ API }/events?type=payment.refunded` )
			.set( 'Authorization', w.t.admin )
			.expect( 200 );
		expect( refunded.body[ 0 ].data.object ).toMatchObject( {
			id: paymentId,
			refunded_total: 6706,
			status: 'partially_refunded',
		} );
	} );

	it( 'to the card when the period was not paid by card: the unused part goes to the wallet (decision 59)', async () => {
		// Made by the admin "as if paid": a manual payment, no card to refund to.
		const manual = await w.addMembership( {
			plan_id: w.c.basic,
			period_start: '2026-03-01T00:00:00Z',
		} );
		membershipId = manual.id;
		// 1 → 31 March, 31 days; on 21 March 10:00 11 days are unused: round( 2900 × 11 / 31 ) = 1029.
		const res = await cancelNow( 'card' ).expect( 200 );
		expect( res.body.settlement ).toMatchObject( {
			unused_amount: 1029,
			to_card: 0,
			to_wallet: 1029,
			refunds: [],
		} );
		expect( await w.balance( w.carla.id ) ).toBe( 1029 );
	} );

	it( 'spreads a card refund over the card payments newest first (upgrade then cancel)', async () => {
		// 21 March: Premium monthly → yearly. Credit 6706; due 99000 − 6706 = 92294 by card.
		const yearly = await w.change( membershipId, {
			plan_id: w.c.premium,
			duration: 1,
			duration_unit: 'year',
		} );
		expect( yearly.payment.total ).toBe( 92294 );
		// Cancelled the same day: the whole year (99000) is unused; the card payments hold 92294 + 14900.
		const res = await cancelNow( 'card' ).expect( 200 );
		expect( res.body.settlement ).toMatchObject( {
			unused_amount: 99000,
			to_card: 99000,
			to_wallet: 0,
		} );
		expect( await w.getPayment( yearly.payment.id ) ).toMatchObject( {
			status: 'refunded',
			refunded_total: 92294,
		} );
		expect( await w.getPayment( paymentId ) ).toMatchObject( {
			status: 'partially_refunded',
			refunded_total: 6706,
		} );
	} );
} );
