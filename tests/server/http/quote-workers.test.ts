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
	type TestApp,
} from '../../support/test-app';

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
} );
