import request from 'supertest';
import { endingWorld, type EndingWorld } from '../support/ending';
import { API } from '../support/test-app';

// RULES X4: the admin credits or debits a wallet by hand; never below 0.
describe( 'the wallet by hand (X4)', () => {
	let w: EndingWorld;
	const post = ( body: Record< string, unknown >, as?: string ) =>
		request( w.t.app )
			.post( `${ API }/customers/${ w.carla.id }/wallet` )
			.set( 'Authorization', as ?? w.t.admin )
			.send( body );

	beforeEach( async () => {
		w = await endingWorld( '2026-03-11T10:00:00Z' );
	} );

	it( 'credits and debits with a reason and the admin name; refuses going below 0', async () => {
		const credit = await post( {
			amount: 2500,
			reason: 'Apology for the outage',
		} ).expect( 201 );
		expect( credit.body.entry ).toMatchObject( {
			amount: 2500,
			balance_after: 2500,
			reason: 'Apology for the outage',
			payment_id: null,
			actor: { name: 'Admin' },
		} );
		expect( credit.body.customer.wallet_balance ).toBe( 2500 );
		const tooMuch = await post( {
			amount: -2501,
			reason: 'Correction',
		} ).expect( 400 );
		expect( Object.keys( tooMuch.body.data.params ) ).toEqual( [
			'amount',
		] );
		await post( { amount: -2500, reason: 'Correction' } ).expect( 201 );
		expect( await w.balance( w.carla.id ) ).toBe( 0 );
		const ledger = await w.wallet( w.carla.id );
		expect(
			ledger.map( ( e ) => [ e.amount, e.balance_after, e.actor?.name ] )
		).toEqual( [
			[ -2500, 0, 'Admin' ],
			[ 2500, 2500, 'Admin' ],
		] );
		const events = await request( w.t.app )
			.get( `${ API }/events?type=wallet.credited,wallet.debited` )
			.set( 'Authorization', w.t.admin )
			.expect( 200 );
		expect( events.body.map( ( e: { type: string } ) => e.type ) ).toEqual(
			[ 'wallet.debited', 'wallet.credited' ]
		);
		expect( events.body[ 0 ].data.object ).toMatchObject( {
			amount: -2500,
			customer_id: w.carla.id,
			actor: { name: 'Admin' },
		} );
	} );

	it( 'the credit pays first at the next charge (W2)', async () => {
		await post( { amount: 1000, reason: 'Gift' } ).expect( 201 );
		const m = await w.addMembership( {
			plan_id: w.c.premium,
			period_start: '2026-03-01T00:00:00Z',
		} );
		const moved = await w.moveClock( '2026-04-01T00:00:00Z' );
		expect( moved.processed ).toEqual( [
			expect.objectContaining( {
				membership_id: m.id,
				result: 'renewed',
			} ),
		] );
		expect( await w.balance( w.carla.id ) ).toBe( 0 );
	} );
} );
