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

// R2 from the customer's side: a membership on hold after a declined renewal can be paid by hand.
describe( 'paying an on-hold renewal (POST /memberships/{id}/pay-renewal)', () => {
	let t: TestApp;
	let c: Catalogue;
	let carla: { id: number };
	let auth: string;
	let membershipId: number;

	const get = async ( id: number ) =>
		(
			await request( t.app )
				.get( `${ API }/memberships/${ id }` )
				.set( 'Authorization', auth )
				.expect( 200 )
		).body;
	const pay = ( number: string, as = auth ) =>
		request( t.app )
			.post( `${ API }/memberships/${ membershipId }/pay-renewal` )
			.set( 'Authorization', as )
			.send( { payment_method: { type: 'test_card', number } } );

	beforeEach( async () => {
		t = createTestApp( '2026-03-11T10:00:00Z' );
		c = await createCatalogue( t );
		carla = await addCustomer( t, 'carla' );
		auth = t.basic( 'carla' );
		membershipId = (
			await addMembership( t, {
				customer_id: carla.id,
				plan_id: c.premium,
				period_start: '2026-03-01T00:00:00Z',
			} )
		).id;
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
		await request( t.app )
			.put( `${ API }/clock` )
			.set( 'Authorization', t.admin )
			.send( { now: '2026-04-01T12:00:00Z' } )
			.expect( 200 );
	} );

	it( 'R2: a good card pays the renewal now and restarts the period from the same anchor', async () => {
		expect( await get( membershipId ) ).toMatchObject( {
			status: 'on-hold',
			next_retry_at: '2026-04-02T00:00:00Z',
		} );
		const paid = await pay( '4242424242424242' ).expect( 200 );
		expect( paid.body.payment ).toMatchObject( {
			status: 'completed',
			total: 9900,
			kind: 'renewal',
		} );
		expect( paid.body.membership ).toMatchObject( {
			status: 'active',
			period_start: '2026-04-01T00:00:00Z',
			period_end: '2026-05-01T00:00:00Z',
			next_retry_at: null,
		} );
		// The card is kept: the next renewal is charged without help.
		await request( t.app )
			.put( `${ API }/clock` )
			.set( 'Authorization', t.admin )
			.send( { now: '2026-05-01T00:00:00Z' } )
			.expect( 200 );
		expect( await get( membershipId ) ).toMatchObject( {
			status: 'active',
			period_end: '2026-06-01T00:00:00Z',
		} );
	} );

	it( 'R2, Q3: a declined card changes nothing but a failed payment and keeps the retry schedule', async () => {
		const before = await get( membershipId );
		const payments = async () =>
			(
				await request( t.app )
					.get(
						`${ API }/payments?membership=${ membershipId }&order=asc`
					)
					.set( 'Authorization', auth )
			).body;
		const paymentsBefore = await payments();
		const declined = await pay( '4000000000000002' ).expect( 402 );
		expect( declined.body ).toMatchObject( {
			code: 'wu_payment_declined',
			message: 'Your card was declined.',
		} );
		expect( await get( membershipId ) ).toEqual( before );
		// The declined attempt is kept as a failed payment (decision 52); it is not a retry.
		expect( await payments() ).toEqual( [
			...paymentsBefore,
			expect.objectContaining( {
				kind: 'renewal',
				status: 'failed',
				gateway: 'test_card',
				failure_message: 'Your card was declined.',
			} ),
		] );
	} );

	it( 'refuses a membership that is not on hold (409), a missing card (400) and another customer (404)', async () => {
		await pay( '4242424242424242' ).expect( 200 );
		expect(
			( await pay( '4242424242424242' ).expect( 409 ) ).body.code
		).toBe( 'wu_not_on_hold' );
		const missing = await request( t.app )
			.post( `${ API }/memberships/${ membershipId }/pay-renewal` )
			.set( 'Authorization', auth )
			.send( {} )
			.expect( 400 );
		expect( Object.keys( missing.body.data.params ) ).toEqual( [
			'payment_method',
		] );
		await addCustomer( t, 'dave' );
		await pay( '4242424242424242', t.basic( 'dave' ) ).expect( 404 );
	} );
} );
