import request from 'supertest';
import { endingWorld, type EndingWorld } from '../../support/ending';
import { addCustomer, API } from '../../support/test-app';

// Who may cancel, refund and move a wallet (API.md "Ending and money back"), and how bad input is named.
describe( 'ending and money back: permissions and validation', () => {
	let w: EndingWorld;
	let membershipId: number;
	let paymentId: number;

	beforeAll( async () => {
		w = await endingWorld( '2026-03-11T10:00:00Z' );
		( { membershipId, paymentId } = await w.premiumByCard() );
		await addCustomer( w.t, 'dave' );
	} );

	const cancel = ( body: unknown, as: string, id = membershipId ) =>
		request( w.t.app )
			.post( `${ API }/memberships/${ id }/cancel` )
			.set( 'Authorization', as )
			.send( body as object );

	it( 'a customer may not cancel now or choose a refund (403)', async () => {
		for ( const body of [
			{ when: 'now' },
			{ when: 'now', refund: 'wallet' },
			{ when: 'period_end', refund: 'card' },
		] ) {
			const res = await cancel( body, w.auth ).expect( 403 );
			expect( res.body.code ).toBe( 'rest_forbidden' );
		}
		expect(
			( await w.getMembership( membershipId ) ).cancel_at
		).toBeNull();
	} );

	it( "another customer's membership is 404, for cancel, undo and the preview", async () => {
		const dave = w.t.basic( 'dave' );
		expect(
			( await cancel( { when: 'period_end' }, dave ).expect( 404 ) ).body
				.code
		).toBe( 'rest_not_found' );
		await request( w.t.app )
			.delete( `${ API }/memberships/${ membershipId }/cancel` )
			.set( 'Authorization', dave )
			.expect( 404 );
		await request( w.t.app )
			.get( `${ API }/memberships/${ membershipId }/cancel` )
			.set( 'Authorization', dave )
			.expect( 404 );
	} );

	it( 'names bad cancel fields by their labels', async () => {
		const missing = await cancel( {}, w.t.admin ).expect( 400 );
		expect( missing.body.code ).toBe( 'rest_invalid_param' );
		expect( Object.keys( missing.body.data.params ) ).toEqual( [ 'when' ] );
		expect( missing.body.data.params.when ).toMatch( /^When / );
		const bad = await cancel(
			{ when: 'tomorrow', refund: 'cash' },
			w.t.admin
		).expect( 400 );
		expect( Object.keys( bad.body.data.params ).sort() ).toEqual( [
			'refund',
			'when',
		] );
		const late = await cancel(
			{ when: 'period_end', refund: 'wallet' },
			w.t.admin
		).expect( 400 );
		expect( Object.keys( late.body.data.params ) ).toEqual( [ 'refund' ] );
		expect(
			(
				await request( w.t.app )
					.delete( `${ API }/memberships/${ membershipId }/cancel` )
					.set( 'Authorization', w.t.admin )
					.expect( 404 )
			).body.code
		).toBe( 'wu_no_cancellation' );
		await cancel( { when: 'period_end' }, w.t.admin, 9999 ).expect( 404 );
	} );

	it( "refunds are the admin's only; bad fields are named", async () => {
		const refund = ( body: unknown, as = w.t.admin, id = paymentId ) =>
			request( w.t.app )
				.post( `${ API }/payments/${ id }/refund` )
				.set( 'Authorization', as )
				.send( body as object );
		expect(
			( await refund( { to: 'card' }, w.auth ).expect( 403 ) ).body.code
		).toBe( 'rest_forbidden' );
		const bad = await refund( {
			amount: 0,
			to: 'bank',
			reason: 'x'.repeat( 501 ),
		} ).expect( 400 );
		expect( Object.keys( bad.body.data.params ).sort() ).toEqual( [
			'amount',
			'reason',
			'to',
		] );
		expect( bad.body.data.params.to ).toMatch( /^Refund to / );
		await refund( { to: 'card' }, w.t.admin, 9999 ).expect( 404 );
		expect( ( await w.getPayment( paymentId ) ).refunded_total ).toBe( 0 );
	} );

	it( "the wallet by hand is the admin's only; amount and reason are required", async () => {
		const post = ( body: unknown, as = w.t.admin ) =>
			request( w.t.app )
				.post( `${ API }/customers/${ w.carla.id }/wallet` )
				.set( 'Authorization', as )
				.send( body as object );
		expect(
			( await post( { amount: 100, reason: 'x' }, w.auth ).expect( 403 ) )
				.body.code
		).toBe( 'rest_forbidden' );
		const missing = await post( {} ).expect( 400 );
		expect( Object.keys( missing.body.data.params ).sort() ).toEqual( [
			'amount',
			'reason',
		] );
		expect( missing.body.data.params.reason ).toMatch( /^Reason / );
		const zero = await post( { amount: 0, reason: 'Nothing' } ).expect(
			400
		);
		expect( Object.keys( zero.body.data.params ) ).toEqual( [ 'amount' ] );
		await request( w.t.app )
			.post( `${ API }/customers/9999/wallet` )
			.set( 'Authorization', w.t.admin )
			.send( { amount: 1, reason: 'x' } )
			.expect( 404 );
	} );

	it( 'the owner reads the cancellation preview', async () => {
		const preview = await request( w.t.app )
			.get( `${ API }/memberships/${ membershipId }/cancel` )
			.set( 'Authorization', w.auth )
			.expect( 200 );
		expect( preview.body ).toMatchObject( {
			period_end: '2026-04-11T10:00:00Z',
			unused_amount: 9900,
		} );
	} );
} );
