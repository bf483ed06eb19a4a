import request from 'supertest';
import { endingWorld, type EndingWorld } from '../support/ending';
import { API } from '../support/test-app';

// RULES X3: refunds against one completed payment, never beyond what is left, idempotent.
describe( 'refunding a payment (X3)', () => {
	let w: EndingWorld;
	let paymentId: number;

	const refund = ( body: Record< string, unknown >, key?: string ) => {
		const call = request( w.t.app )
			.post( `${ API }/payments/${ paymentId }/refund` )
			.set( 'Authorization', w.t.admin );
		return ( key ? call.set( 'Idempotency-Key', key ) : call ).send( body );
	};

	beforeEach( async () => {
		w = await endingWorld( '2026-03-11T10:00:00Z' );
		( { paymentId } = await w.premiumByCard() ); // 14900 by card
	} );

	it( 'a partial refund to the card, then the rest; then nothing is left', async () => {
		const part = await refund( {
			amount: 5000,
			to: 'card',
			reason: 'Goodwill',
		} ).expect( 200 );
		expect( part.body ).toMatchObject( {
			id: paymentId,
			total: 14900,
			refunded_total: 5000,
			status: 'partially_refunded',
			refund: {
				amount: 5000,
				to: 'card',
				reason: 'Goodwill',
				actor: { name: 'Admin' },
			},
		} );
		const rest = await refund( { to: 'card' } ).expect( 200 );
		expect( rest.body ).toMatchObject( {
			refunded_total: 14900,
			status: 'refunded',
			refund: {
				amount: 9900,
				reason: `Refund of payment #${ paymentId }`,
			},
		} );
		expect(
			rest.body.refunds.map( ( r: { amount: number } ) => r.amount )
		).toEqual( [ 5000, 9900 ] );
		const none = await refund( { amount: 1, to: 'card' } ).expect( 409 );
		expect( none.body.code ).toBe( 'wu_payment_not_refundable' );
		// The customer's billing history shows it.
		const history = await request( w.t.app )
			.get( `${ API }/payments?customer=${ w.carla.id }` )
			.set( 'Authorization', w.auth )
			.expect( 200 );
		expect(
			history.body.find( ( p: { id: number } ) => p.id === paymentId )
		).toMatchObject( {
			status: 'refunded',
			refunded_total: 14900,
		} );
		const filtered = await request( w.t.app )
			.get( `${ API }/payments?status=refunded` )
			.set( 'Authorization', w.t.admin )
			.expect( 200 );
		expect( filtered.body.map( ( p: { id: number } ) => p.id ) ).toEqual( [
			paymentId,
		] );
	} );

	it( 'refuses more than what is left, naming the amount (400), and changes nothing', async () => {
		await refund( { amount: 10000, to: 'card' } ).expect( 200 );
		const over = await refund( { amount: 4901, to: 'wallet' } ).expect(
			400
		);
		expect( over.body.code ).toBe( 'rest_invalid_param' );
		expect( Object.keys( over.body.data.params ) ).toEqual( [ 'amount' ] );
		expect( over.body.data.params.amount ).toContain( '4900' );
		expect( ( await w.getPayment( paymentId ) ).refunded_total ).toBe(
			10000
		);
		expect( await w.balance( w.carla.id ) ).toBe( 0 );
		const partly = await request( w.t.app )
			.get( `${ API }/payments?status=partially_refunded` )
			.set( 'Authorization', w.t.admin )
			.expect( 200 );
		expect( partly.body.map( ( p: { id: number } ) => p.id ) ).toEqual( [
			paymentId,
		] );
	} );

	it( 'to the wallet: a ledger entry naming the payment', async () => {
		const res = await refund( {
			amount: 2500,
			to: 'wallet',
			reason: 'Outage',
		} ).expect( 200 );
		expect( res.body.refund.gateway_reference ).toBeNull();
		const [ entry ] = await w.wallet( w.carla.id );
		expect( entry ).toMatchObject( {
			amount: 2500,
			reason: 'Outage',
			payment_id: paymentId,
		} );
		expect( await w.balance( w.carla.id ) ).toBe( 2500 );
	} );

	it( 'the same Idempotency-Key refunds once and answers the same', async () => {
		const first = await refund(
			{ amount: 3000, to: 'card' },
			'refund-1'
		).expect( 200 );
		const again = await refund(
			{ amount: 3000, to: 'card' },
			'refund-1'
		).expect( 200 );
		expect( again.headers[ 'idempotent-replayed' ] ).toBe( 'true' );
		expect( again.body ).toEqual( first.body );
		expect( ( await w.getPayment( paymentId ) ).refunds ).toHaveLength( 1 );
		const other = await refund(
			{ amount: 100, to: 'card' },
			'refund-1'
		).expect( 409 );
		expect( other.body.code ).toBe( 'wu_idempotency_key_reused' );
	} );

	it( 'a payment not made by card goes back to the wallet only', async () => {
		const manual = await w.addMembership( { plan_id: w.c.basic } );
		const [ initial ] = (
			await request( w.t.app )
				.get( `${ API }/payments?membership=${ manual.id }` )
				.set( 'Authorization', w.t.admin )
				.expect( 200 )
		).body;
		paymentId = initial.id;
		const card = await refund( { to: 'card' } ).expect( 400 );
		expect( Object.keys( card.body.data.params ) ).toEqual( [ 'to' ] );
		await refund( { to: 'wallet' } ).expect( 200 );
		expect( await w.balance( w.carla.id ) ).toBe( 2900 );
	} );
} );
