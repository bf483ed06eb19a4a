import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import {
	startQuotePool,
	type QuotePool,
} from '../../../server/src/workers/quote-pool';
import { nestsDeeperThan } from '../../../server/src/http/json-body';
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

// Issue "Trust": no customer's input may stop, slow or crash anyone else's billing (RULES M6, G5).
const NOW = '2026-03-11T10:00:00Z';
const OK_CARD = { type: 'test_card', number: '4242424242424242' };

describe( 'customer input cannot break billing for others', () => {
	const dir = fs.mkdtempSync( path.join( os.tmpdir(), 'wu-trust-' ) );
	let t: TestApp;
	let c: Catalogue;
	let pool: QuotePool;
	let frida: Record< string, any >;
	let petra: Record< string, any >;

	beforeAll( async () => {
		t = createTestApp( NOW, { file: path.join( dir, 'network.sqlite' ) } );
		c = await createCatalogue( t );
		const f = await addCustomer( t, 'frida' );
		const p = await addCustomer( t, 'petra' );
		frida = await addMembership( t, {
			customer_id: f.id,
			plan_id: c.free,
			period_start: '2026-03-01T00:00:00Z',
		} );
		petra = await addMembership( t, {
			customer_id: p.id,
			plan_id: c.premium,
			period_start: '2026-03-01T00:00:00Z',
		} );
		// The production path: quotes priced by a worker thread (decision 38).
		pool = startQuotePool( path.join( dir, 'network.sqlite' ), 1 );
		await pool.started();
		t.ctx.quoteWorkers = pool;
	}, 60_000 );
	afterAll( async () => {
		await pool.stop();
		t.ctx.db.close();
		fs.rmSync( dir, { recursive: true, force: true } );
	} );

	const quote = (
		membership: Record< string, any >,
		body: Record< string, unknown >,
		as: string
	) =>
		request( t.app )
			.post( `${ API }/memberships/${ membership.id }/quote` )
			.set( 'Authorization', as )
			.send( body );

	describe( 'M6: a billing period is at most 10 years', () => {
		it( 'refuses a Free plan quoted for 10,000 years with rest_invalid_param naming the billing period', async () => {
			const res = await quote(
				frida,
				{ plan_id: c.free, duration: 10000, duration_unit: 'year' },
				t.basic( 'frida' )
			).expect( 400 );
			expect( res.body.code ).toBe( 'rest_invalid_param' );
			expect( res.body.message ).toMatch( /at most 10 years/ );
			expect( Object.keys( res.body.data.params ) ).toEqual( [
				'duration',
			] );
		} );

		it( 'refuses 280,000 years and 3,651 days with 400 instead of failing', async () => {
			for ( const body of [
				{ duration: 280000, duration_unit: 'year' },
				{ duration: 3651, duration_unit: 'day' },
				{ duration: 121, duration_unit: 'month' },
				{ duration: 521, duration_unit: 'week' },
			] ) {
				const res = await quote( petra, body, t.basic( 'petra' ) );
				expect( [ res.status, res.body.code ] ).toEqual( [
					400,
					'rest_invalid_param',
				] );
			}
		} );

		it( 'G5: a free plan is offered only at the periods of its group, not at any period', async () => {
			const res = await quote(
				petra,
				{ plan_id: c.free, duration: 5, duration_unit: 'year' },
				t.basic( 'petra' )
			).expect( 422 );
			expect( res.body.code ).toBe( 'wu_not_available' );
			// The group's own periods (monthly, yearly) stay offered.
			expect(
				(
					await quote(
						frida,
						{
							plan_id: c.premium,
							duration: 1,
							duration_unit: 'year',
						},
						t.basic( 'frida' )
					)
				).status
			).toBe( 200 );
		} );

		it( 'refuses an admin-created membership of 11 years', async () => {
			const res = await request( t.app )
				.post( `${ API }/memberships` )
				.set( 'Authorization', t.admin )
				.send( {
					customer_id: frida.customer_id,
					plan_id: c.free,
					duration: 11,
					duration_unit: 'year',
				} );
			expect( res.status ).toBe( 400 );
			expect( res.body.code ).toBe( 'rest_invalid_param' );
		} );
	} );

	describe( 'post types named after Object.prototype', () => {
		let siteId: number;
		beforeAll( async () => {
			const res = await request( t.app )
				.post( `${ API }/sites` )
				.set( 'Authorization', t.admin )
				.set( 'Content-Type', 'application/json' )
				// As a client sends it: "__proto__" is an ordinary key in JSON text (not in a JS object literal).
				.send(
					`{"membership_id":${ petra.id },"title":"Shop","path":"/shop/","usage":{"posts":{"post":3,"constructor":4,"__proto__":2,"tostring":1}}}`
				)
				.expect( 201 );
			siteId = res.body.id;
		} );

		it( 'keeps constructor and __proto__ as ordinary post types of the site', async () => {
			const site = (
				await request( t.app )
					.get( `${ API }/sites/${ siteId }` )
					.set( 'Authorization', t.admin )
					.expect( 200 )
			).body;
			expect( Object.entries( site.usage.posts ) ).toEqual(
				expect.arrayContaining( [
					[ 'constructor', 4 ],
					[ '__proto__', 2 ],
				] )
			);
		} );

		it( 'prices quotes in the worker for that site and for others in flight, and never leaks a function', async () => {
			const answers = await Promise.all( [
				quote( petra, { plan_id: c.free }, t.basic( 'petra' ) ),
				quote( frida, { plan_id: c.premium }, t.basic( 'frida' ) ),
				quote(
					petra,
					{ duration: 1, duration_unit: 'year' },
					t.basic( 'petra' )
				),
				quote(
					frida,
					{ plan_id: c.premium, duration: 1, duration_unit: 'year' },
					t.basic( 'frida' )
				),
			] );
			for ( const res of answers ) {
				expect( res.status ).toBeLessThan( 500 );
				expect( JSON.stringify( res.body ) ).not.toMatch(
					/function|native code/
				);
			}
			expect( answers.slice( 1 ).map( ( res ) => res.status ) ).toEqual( [
				200, 200, 200,
			] );
			// The worker is still the one that started: nothing killed it.
			expect( pool.size() ).toBe( 1 );
			const yearly = answers[ 2 ].body;
			await request( t.app )
				.post( `${ API }/memberships/${ petra.id }/checkout` )
				.set( 'Authorization', t.basic( 'petra' ) )
				.send( { quote_id: yearly.id, payment_method: OK_CARD } )
				.expect( 200 );
		} );

		it( 'answers can?post_type=constructor and __proto__ like any unnamed post type (not limited)', async () => {
			for ( const type of [
				'constructor',
				'__proto__',
				'hasownproperty',
			] ) {
				const res = await request( t.app )
					.get(
						`${ API }/sites/${ siteId }/can?action=create_post&post_type=${ type }`
					)
					.set( 'Authorization', t.basic( 'petra' ) )
					.expect( 200 );
				expect( res.body ).toMatchObject( {
					allowed: true,
					limit: 'unlimited',
					post_type: type,
				} );
			}
		} );

		it( 'limits a post type named constructor when a product names it', async () => {
			await request( t.app )
				.put( `${ API }/sites/${ siteId }/limits` )
				.set( 'Authorization', t.admin )
				.send( { posts: { constructor: 4 } } )
				.expect( 200 );
			const res = await request( t.app )
				.get(
					`${ API }/sites/${ siteId }/can?action=create_post&post_type=constructor`
				)
				.set( 'Authorization', t.basic( 'petra' ) );
			expect( res.status ).toBe( 422 );
			expect( res.body.code ).toBe( 'wu_over_limit' );
			expect( res.body.message ).not.toMatch( /function/ );
		} );

		it( 'refuses post type names WordPress would refuse (longer than 20, capitals, spaces)', async () => {
			for ( const posts of [
				{ a23456789012345678901: 1 },
				{ Page: 1 },
				{ 'my type': 1 },
			] ) {
				const res = await request( t.app )
					.put( `${ API }/sites/${ siteId }/usage` )
					.set( 'Authorization', t.admin )
					.send( { posts } );
				expect( [
					res.status,
					Object.keys( res.body.data?.params ?? {} ),
				] ).toEqual( [ 400, [ 'usage.posts' ] ] );
			}
			const res = await request( t.app )
				.get(
					`${ API }/sites/${ siteId }/can?action=create_post&post_type=a23456789012345678901`
				)
				.set( 'Authorization', t.admin );
			expect( res.status ).toBe( 400 );
		} );
	} );

	describe( 'bodies and fields that used to fail with 500', () => {
		it( 'refuses a body nested 4,000 levels deep with 400 before any work, and the worker keeps serving', async () => {
			const deep = `{"addons":${ '['.repeat( 4000 ) }${ ']'.repeat( 4000 ) }}`;
			const res = await request( t.app )
				.post( `${ API }/memberships/${ frida.id }/quote` )
				.set( 'Authorization', t.basic( 'frida' ) )
				.set( 'Content-Type', 'application/json' )
				.send( deep )
				.expect( 400 );
			expect( res.body ).toMatchObject( {
				code: 'rest_invalid_json',
				data: { status: 400 },
			} );
			expect( res.body.message ).toMatch( /32 levels/ );
			expect(
				(
					await quote(
						frida,
						{ plan_id: c.premium },
						t.basic( 'frida' )
					)
				).status
			).toBe( 200 );
		} );

		it( 'counts depth outside strings only', () => {
			expect(
				nestsDeeperThan( `{"a":"${ '['.repeat( 100 ) }"}`, 32 )
			).toBe( false );
			expect(
				nestsDeeperThan( `{"a":"\\"${ '['.repeat( 100 ) }"}`, 32 )
			).toBe( false );
			expect(
				nestsDeeperThan(
					`${ '['.repeat( 33 ) }${ ']'.repeat( 33 ) }`,
					32
				)
			).toBe( true );
			expect(
				nestsDeeperThan(
					`${ '['.repeat( 32 ) }${ ']'.repeat( 32 ) }`,
					32
				)
			).toBe( false );
		} );

		it( 'answers pay-renewal with payment_method null as 400 naming the card', async () => {
			const res = await request( t.app )
				.post( `${ API }/memberships/${ frida.id }/pay-renewal` )
				.set( 'Authorization', t.basic( 'frida' ) )
				.send( { payment_method: null } )
				.expect( 400 );
			expect( res.body.code ).toBe( 'rest_invalid_param' );
			expect( Object.keys( res.body.data.params ) ).toEqual( [
				'payment_method',
			] );
		} );
	} );

	describe( 'manual payments', () => {
		it( 'holds at most one pending manual payment per membership; the second answers 409 naming the open one', async () => {
			const first = (
				await quote(
					frida,
					{ plan_id: c.premium },
					t.basic( 'frida' )
				).expect( 200 )
			).body;
			const open = await request( t.app )
				.post( `${ API }/memberships/${ frida.id }/checkout` )
				.set( 'Authorization', t.basic( 'frida' ) )
				.send( {
					quote_id: first.id,
					payment_method: { type: 'manual' },
				} )
				.expect( 200 );
			expect( open.body.payment.status ).toBe( 'pending' );
			const second = (
				await quote(
					frida,
					{ plan_id: c.premium, duration: 1, duration_unit: 'year' },
					t.basic( 'frida' )
				).expect( 200 )
			).body;
			const refused = await request( t.app )
				.post( `${ API }/memberships/${ frida.id }/checkout` )
				.set( 'Authorization', t.basic( 'frida' ) )
				.send( {
					quote_id: second.id,
					payment_method: { type: 'manual' },
				} )
				.expect( 409 );
			expect( refused.body ).toMatchObject( {
				code: 'wu_payment_pending',
				data: { status: 409, payment_id: open.body.payment.id },
			} );
			expect( refused.body.message ).toContain(
				`#${ open.body.payment.id }`
			);
			const pending = await request( t.app )
				.get( `${ API }/payments?status=pending` )
				.set( 'Authorization', t.admin )
				.expect( 200 );
			expect( pending.body ).toHaveLength( 1 );
			// Once the admin completes it, the next manual payment may be opened.
			await request( t.app )
				.post( `${ API }/payments/${ open.body.payment.id }/complete` )
				.set( 'Authorization', t.admin )
				.expect( 200 );
		} );
	} );
} );
