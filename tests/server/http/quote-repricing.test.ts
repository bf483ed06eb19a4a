import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { runDueRenewals } from '../../../server/src/services/run-due-renewals';
import {
	startQuotePool,
	type QuotePool,
} from '../../../server/src/workers/quote-pool';
import {
	addMembership,
	createCatalogue,
	type Catalogue,
} from '../../support/http-catalogue';
import {
	addCustomer,
	API,
	createTestApp,
	CUSTOMER_PASSWORD,
	type TestApp,
} from '../../support/test-app';
import { HELD_MARK, heldQuotes } from '../../support/workers/held-quotes';

// Decision 38: a quote a worker priced is priced again in the request thread only when a write
// it depends on committed meanwhile. The worker (tests/support/workers/held-quote-worker.ts)
// holds each priced quote until the test has made its writes: no sleeps, the order is the test's.
const NOW = '2026-03-11T10:00:00Z';
const OK_CARD = { type: 'test_card', number: '4242424242424242' };
describe( 'while a worker prices, a write', () => {
	const dir = fs.mkdtempSync(
		path.join( os.tmpdir(), 'wu-quote-repricing-' )
	);
	let t: TestApp;
	let c: Catalogue;
	let membership: Record< string, any >;
	let auth: string;
	let held: ReturnType< typeof heldQuotes >;
	let heldPool: QuotePool;
	let site: number;

	beforeAll( async () => {
		t = createTestApp( NOW, { file: path.join( dir, 'network.sqlite' ) } );
		c = await createCatalogue( t );
		const carla = await addCustomer( t, 'carla' );
		auth = t.basic( 'carla' );
		membership = await addMembership( t, {
			customer_id: carla.id,
			plan_id: c.premium,
			period_start: '2026-03-01T00:00:00Z',
		} );
		site = (
			await request( t.app )
				.post( `${ API }/sites` )
				.set( 'Authorization', t.admin )
				.send( {
					membership_id: membership.id,
					title: 'Blog',
					path: '/blog/',
					usage: { posts: { post: 50 } },
				} )
				.expect( 201 )
		).body.id;
		await addCustomer( t, 'dave' );
		held = heldQuotes();
		heldPool = startQuotePool( path.join( dir, 'network.sqlite' ), 1, {
			entry: path.join(
				__dirname,
				'../../support/workers/held-quote-worker.ts'
			),
		} );
		await heldPool.started();
	}, 60_000 );
	afterAll( async () => {
		held.close();
		await heldPool.stop();
		t.ctx.db.close();
		fs.rmSync( dir, { recursive: true, force: true } );
	} );

	const quote = (
		body: Record< string, unknown >,
		as = auth,
		id = membership.id
	) =>
		request( t.app )
			.post( `${ API }/memberships/${ id }/quote` )
			.set( 'Authorization', as )
			.send( body );
	const withoutId = ( body: Record< string, unknown > ) => ( {
		...body,
		id: undefined,
	} );

	/** Asks for a quote, waits until the held worker has priced it, runs `meanwhile`, then lets the answer go. */
	const quoteAround = async (
		body: Record< string, unknown >,
		meanwhile: () => Promise< unknown >,
		id = membership.id,
		as = auth
	) => {
		t.ctx.quoteWorkers = heldPool;
		const asked = quote( body, as, id ).then( ( res ) => res );
		await held.priced();
		await meanwhile();
		held.release();
		return asked;
	};
	/** The quote as the request thread prices it now. */
	const quoteHere = (
		body: Record< string, unknown >,
		id = membership.id,
		as = auth
	) => {
		t.ctx.quoteWorkers = undefined;
		return quote( body, as, id );
	};
	const checkoutOf = ( id: number, quoteId: string, as = auth ) =>
		request( t.app )
			.post( `${ API }/memberships/${ id }/checkout` )
			.set( 'Authorization', as )
			.send( { quote_id: quoteId, payment_method: OK_CARD } )
			.expect( 200 );

	it( 'of visits, a login or another membership’s checkout leaves the worker’s quote as it is (priced once)', async () => {
		const dave = await addMembership( t, {
			customer_id: (
				await request( t.app )
					.get( `${ API }/customers?search=dave` )
					.set( 'Authorization', t.admin )
					.expect( 200 )
			).body[ 0 ].id,
			plan_id: c.premium,
			period_start: '2026-03-01T00:00:00Z',
		} );
		const daves = (
			await quoteHere(
				{ duration: 1, duration_unit: 'year' },
				dave.id,
				t.basic( 'dave' )
			)
		).body;
		const answer = await quoteAround(
			{ duration: 1, duration_unit: 'year' },
			async () => {
				await request( t.app )
					.post( `${ API }/visits` )
					.set( 'Authorization', t.admin )
					.send( [
						{
							site_id: site,
							visitor: 'v-1',
							at: '2026-03-11T09:00:00Z',
						},
					] )
					.expect( 200 );
				await request( t.app )
					.post( '/wp-login.php' )
					.set( 'Content-Type', 'application/json' )
					.send( { log: 'carla', pwd: CUSTOMER_PASSWORD } )
					.expect( 200 );
				await checkoutOf( dave.id, daves.id, t.basic( 'dave' ) );
			}
		);
		expect( answer.status ).toBe( 200 );
		expect( answer.body ).toMatchObject( {
			membership_id: membership.id,
			type: 'upgrade',
			explanation: HELD_MARK,
		} );
	} );

	it( 'to the membership (its checkout) or its sites makes the request thread price it again', async () => {
		const addon = { addons: [ { product_id: c.visits, quantity: 1 } ] };
		const first = ( await quoteHere( addon ).expect( 200 ) ).body;
		const answer = await quoteAround( addon, () =>
			checkoutOf( membership.id, first.id )
		);
		expect( answer.body.explanation ).not.toBe( HELD_MARK );
		// Priced after the checkout: the add-on is held now.
		const after = await quoteHere( addon );
		expect( answer.status ).toBe( after.status );
		expect( withoutId( answer.body ) ).toEqual( withoutId( after.body ) );

		const yearly = { duration: 1, duration_unit: 'year' };
		const resized = await quoteAround( yearly, () =>
			request( t.app )
				.put( `${ API }/sites/${ site }/usage` )
				.set( 'Authorization', t.admin )
				.send( { posts: { post: 60 } } )
				.expect( 200 )
		);
		expect( resized.status ).toBe( 200 );
		expect( resized.body.explanation ).not.toBe( HELD_MARK );
	} );

	it( 'of a moved test clock, or a renewal of the membership, makes the request thread price it again', async () => {
		const moved = await quoteAround(
			{ duration: 1, duration_unit: 'year' },
			() =>
				request( t.app )
					.put( `${ API }/clock` )
					.set( 'Authorization', t.admin )
					.send( { now: '2026-03-21T10:00:00Z' } )
					.expect( 200 )
		);
		expect( moved.body ).toMatchObject( {
			created_at: '2026-03-21T10:00:00Z',
		} );
		expect( moved.body.explanation ).not.toBe( HELD_MARK );

		const erin = await addCustomer( t, 'erin' );
		const monthly = await addMembership( t, {
			customer_id: erin.id,
			plan_id: c.premium,
			period_start: '2026-03-01T00:00:00Z',
		} );
		const yearly = { duration: 1, duration_unit: 'year' };
		const renewed = await quoteAround(
			yearly,
			async () =>
				expect(
					runDueRenewals( t.ctx, '2026-04-01T00:00:00Z' ).map(
						( outcome ) => outcome.membershipId
					)
				).toContain( monthly.id ),
			monthly.id,
			t.basic( 'erin' )
		);
		expect( renewed.body.explanation ).not.toBe( HELD_MARK );
		const after = await quoteHere( yearly, monthly.id, t.basic( 'erin' ) );
		expect( renewed.status ).toBe( after.status );
		expect( withoutId( renewed.body ) ).toEqual( withoutId( after.body ) );
	} );
} );
