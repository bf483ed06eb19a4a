import request from 'supertest';
import { addMembership, createCatalogue } from '../../support/http-catalogue';
import {
	addCustomer,
	API,
	createTestApp,
	type TestApp,
} from '../../support/test-app';

const OK_CARD = { type: 'test_card', number: '4242424242424242' };

describe( 'Q3 idempotency and concurrency of checkout', () => {
	let t: TestApp;
	let membershipId: number;
	let auth: string;

	beforeEach( async () => {
		t = createTestApp( '2026-03-11T10:00:00Z' );
		const c = await createCatalogue( t );
		const carla = await addCustomer( t, 'carla' );
		auth = t.basic( 'carla' );
		membershipId = (
			await addMembership( t, {
				customer_id: carla.id,
				plan_id: c.premium,
				period_start: '2026-03-01T00:00:00Z',
			} )
		).id;
		// Warm the Basic auth cache so that parallel requests do not each pay the password hash.
		await request( t.app )
			.get( `${ API }/memberships/${ membershipId }` )
			.set( 'Authorization', auth )
			.expect( 200 );
	} );

	const quote = async () =>
		(
			await request( t.app )
				.post( `${ API }/memberships/${ membershipId }/quote` )
				.set( 'Authorization', auth )
				.send( { duration: 1, duration_unit: 'year' } )
				.expect( 200 )
		).body;
	const checkout = ( quoteId: string, key?: string ) => {
		const req = request( t.app )
			.post( `${ API }/memberships/${ membershipId }/checkout` )
			.set( 'Authorization', auth );
		return ( key ? req.set( 'Idempotency-Key', key ) : req ).send( {
			quote_id: quoteId,
			payment_method: OK_CARD,
		} );
	};
	const changePayments = () =>
		t.ctx.payments
			.list( {
				membershipId,
				orderby: 'id',
				order: 'asc',
				limit: 100,
				offset: 0,
			} )
			.items.filter( ( p ) => p.kind === 'change' );

	it( 'Q3 the same Idempotency-Key twice answers the stored result and charges once', async () => {
		const q = await quote();
		const first = await checkout( q.id, 'key-1' ).expect( 200 );
		const second = await checkout( q.id, 'key-1' ).expect( 200 );
		expect( second.body ).toEqual( first.body );
		expect( second.headers[ 'idempotent-replayed' ] ).toBe( 'true' );
		expect( changePayments() ).toHaveLength( 1 );
	} );

	it( 'Q3 a reused key with another request is refused (409) and charges nothing', async () => {
		const q = await quote();
		await checkout( q.id, 'key-2' ).expect( 200 );
		const other = await request( t.app )
			.post( `${ API }/memberships/${ membershipId }/checkout` )
			.set( 'Authorization', auth )
			.set( 'Idempotency-Key', 'key-2' )
			.send( { quote_id: 'another', payment_method: OK_CARD } )
			.expect( 409 );
		expect( other.body.code ).toBe( 'wu_idempotency_key_reused' );
		expect( changePayments() ).toHaveLength( 1 );
	} );

	it( 'Q3 twenty parallel checkouts of one quote: exactly one payment, the others wu_quote_stale', async () => {
		const q = await quote();
		const answers = await Promise.all(
			Array.from( { length: 20 }, () => checkout( q.id ) )
		);
		expect( answers.filter( ( a ) => a.status === 200 ) ).toHaveLength( 1 );
		expect(
			answers.filter(
				( a ) => a.status === 409 && a.body.code === 'wu_quote_stale'
			)
		).toHaveLength( 19 );
		expect( changePayments() ).toHaveLength( 1 );
		expect( t.ctx.memberships.find( membershipId )?.version ).toBe( 2 );
	} );

	it( 'Q3 twenty parallel checkouts with one Idempotency-Key: one payment, twenty identical answers', async () => {
		const q = await quote();
		const answers = await Promise.all(
			Array.from( { length: 20 }, () => checkout( q.id, 'same-key' ) )
		);
		expect( answers.map( ( a ) => a.status ) ).toEqual(
			Array( 20 ).fill( 200 )
		);
		expect(
			new Set( answers.map( ( a ) => JSON.stringify( a.body ) ) ).size
		).toBe( 1 );
		expect( changePayments() ).toHaveLength( 1 );
	} );
} );
