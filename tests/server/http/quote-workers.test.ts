import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
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
import { runDueRenewals } from '../../../server/src/jobs/run-due-renewals';

// Decision 38: quotes priced by worker threads on their own connections answer exactly as
// quotes priced in the request's thread, see every commit made before (L3), and never lose one.
const NOW = '2026-03-11T10:00:00Z';
const OK_CARD = { type: 'test_card', number: '4242424242424242' };
describe( 'quote workers', () => {
	const dir = fs.mkdtempSync( path.join( os.tmpdir(), 'wu-quote-workers-' ) );
	let t: TestApp;
	let c: Catalogue;
	let pool: QuotePool;
	let membership: Record< string, any >;
	let auth: string;

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
		const site = {
			membership_id: membership.id,
			title: 'Blog',
			path: '/blog/',
			usage: { posts: { post: 50 } },
		};
		await request( t.app )
			.post( `${ API }/sites` )
			.set( 'Authorization', t.admin )
			.send( site )
			.expect( 201 );
		await addCustomer( t, 'dave' );
		pool = startQuotePool( path.join( dir, 'network.sqlite' ), 2 );
		await pool.started();
		expect( pool.size() ).toBe( 2 );
	}, 60_000 );
	afterAll( async () => {
		await pool.stop();
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
	const both = async (
		body: Record< string, unknown >,
		as = auth,
		id = membership.id
	) => {
		t.ctx.quoteWorkers = undefined;
		const here = await quote( body, as, id );
		t.ctx.quoteWorkers = pool;
		const there = await quote( body, as, id );
		return { here, there };
	};
	const withoutId = ( body: Record< string, unknown > ) => ( {
		...body,
		id: undefined,
	} );

	it( 'answers as the request thread does: each kind of change, the over-limit guard, foreign or unknown memberships, bad bodies', async () => {
		const statuses = [];
		for ( const body of [
			{ duration: 1, duration_unit: 'year' },
			{ addons: [ { product_id: c.visits, quantity: 1 } ] },
			{ plan_id: c.basic },
			{ plan_id: c.free },
		] ) {
			const { here, there } = await both( body );
			expect( there.status ).toBe( here.status );
			expect( withoutId( there.body ) ).toEqual( withoutId( here.body ) );
			statuses.push( there.body.code ?? there.body.type );
		}
		// Basic is outside Premium's group (G4); Free allows 10 posts and the blog has 50: scheduled with over_limits (L4).
		expect( statuses ).toEqual( [
			'upgrade',
			'addon',
			'wu_not_available',
			'downgrade',
		] );
		const foreign = await both( { plan_id: c.basic }, t.basic( 'dave' ) );
		expect( [ foreign.here.status, foreign.there.status ] ).toEqual( [
			404, 404,
		] );
		expect( foreign.there.body ).toEqual( foreign.here.body );
		const bad = await both( { plan_id: 'premium', addons: 'all' } );
		expect( bad.there.status ).toBe( 400 );
		expect( bad.there.body ).toEqual( bad.here.body );
		const missing = await both( { plan_id: c.basic }, t.admin, 999 );
		expect( missing.there.body ).toEqual( missing.here.body );
	} );

	it( 'holds the quote for checkout, then sees the change at once and the moved clock', async () => {
		t.ctx.quoteWorkers = pool;
		const asked = await quote( { duration: 1, duration_unit: 'year' } );
		expect( asked.body ).toMatchObject( { type: 'upgrade' } );
		const upgrade = asked.body;
		const paid = await request( t.app )
			.post( `${ API }/memberships/${ membership.id }/checkout` )
			.set( 'Authorization', auth )
			.send( { quote_id: upgrade.id, payment_method: OK_CARD } )
			.expect( 200 );
		expect( paid.body.membership.duration_unit ).toBe( 'year' );
		// The next quote, from a worker's own connection, starts from the yearly plan (L3).
		const next = (
			await quote( { duration: 1, duration_unit: 'month' } ).expect( 200 )
		).body;
		expect( next ).toMatchObject( {
			type: 'downgrade',
			membership_id: membership.id,
		} );
		await request( t.app )
			.put( `${ API }/clock` )
			.set( 'Authorization', t.admin )
			.send( { now: '2026-03-20T10:00:00Z' } )
			.expect( 200 );
		expect(
			(
				await quote( { duration: 1, duration_unit: 'month' } ).expect(
					200
				)
			).body.created_at
		).toBe( '2026-03-20T10:00:00Z' );
	} );

	it( 'prices in the request thread while no worker can start', async () => {
		const broken = startQuotePool( path.join( dir, 'network.sqlite' ), 1, {
			entry: path.join( dir, 'no-such-worker.ts' ),
		} );
		await expect( broken.started() ).rejects.toThrow(
			/before it was ready/
		);
		expect( broken.size() ).toBe( 0 );
		t.ctx.quoteWorkers = broken;
		expect(
			(
				await quote( { duration: 1, duration_unit: 'month' } ).expect(
					200
				)
			).body.membership_id
		).toBe( membership.id );
		await broken.stop();
	} );

	it( 'fails a quote the worker never answers with a 500 after the timeout', async () => {
		const silent = startQuotePool( path.join( dir, 'network.sqlite' ), 1, {
			entry: path.join(
				__dirname,
				'../../support/workers/silent-quote-worker.ts'
			),
			timeoutMs: 300,
		} );
		await silent.started();
		t.ctx.quoteWorkers = silent;
		const res = await quote( {
			duration: 1,
			duration_unit: 'month',
		} ).expect( 500 );
		expect( res.body ).toEqual( {
			code: 'internal_server_error',
			message: expect.any( String ),
			data: { status: 500 },
		} );
		await silent.stop();
	} );

	describe( 'while a worker prices, a write', () => {
		let held: ReturnType< typeof heldQuotes >;
		let heldPool: QuotePool;
		let site: number;
		beforeAll( async () => {
			held = heldQuotes();
			heldPool = startQuotePool( path.join( dir, 'network.sqlite' ), 1, {
				entry: path.join(
					__dirname,
					'../../support/workers/held-quote-worker.ts'
				),
			} );
			await heldPool.started();
			site = (
				await request( t.app )
					.get( `${ API }/sites?membership=${ membership.id }` )
					.set( 'Authorization', t.admin )
					.expect( 200 )
			).body[ 0 ].id;
		}, 60_000 );
		afterAll( async () => {
			held.close();
			await heldPool.stop();
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
				{ duration: 1, duration_unit: 'month' },
				async () => {
					await request( t.app )
						.post( `${ API }/visits` )
						.set( 'Authorization', t.admin )
						.send( [
							{
								site_id: site,
								visitor: 'v-1',
								at: '2026-03-20T09:00:00Z',
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
				type: 'downgrade',
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
			expect( withoutId( answer.body ) ).toEqual(
				withoutId( after.body )
			);

			const monthly = { duration: 1, duration_unit: 'month' };
			const resized = await quoteAround( monthly, () =>
				request( t.app )
					.put( `${ API }/sites/${ site }/usage` )
					.set( 'Authorization', t.admin )
					.send( { posts: { post: 60 } } )
					.expect( 200 )
			);
			expect( resized.status ).toBe( 200 );
			expect( resized.body.explanation ).not.toBe( HELD_MARK );
		} );

		it( 'of a renewal of the membership, or a moved test clock, makes the request thread price it again', async () => {
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
			const after = await quoteHere(
				yearly,
				monthly.id,
				t.basic( 'erin' )
			);
			expect( renewed.status ).toBe( after.status );
			expect( withoutId( renewed.body ) ).toEqual(
				withoutId( after.body )
			);

			const moved = await quoteAround(
				{ duration: 1, duration_unit: 'month' },
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
		} );
	} );
} );
