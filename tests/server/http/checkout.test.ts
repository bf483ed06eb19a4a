import request from 'supertest';
import {
	addMembership,
	createCatalogue,
	type Catalogue,
} from '../../support/http-catalogue';
import { createContext } from '../../../server/src/compose';
import {
	MAX_OPEN_QUOTES,
	MAX_OPEN_QUOTES_PER_USER,
	QuoteRepository,
} from '../../../server/src/db/quote-repository';
import { createApp } from '../../../server/src/http/app';
import {
	addCustomer,
	API,
	cookieLogin,
	CUSTOMER_PASSWORD,
	createTestApp,
	type TestApp,
} from '../../support/test-app';

const NOW = '2026-03-11T10:00:00Z';
const OK_CARD = { type: 'test_card', number: '4242424242424242' };

describe( 'checkout (RULES Q2, Q3, W1–W3, L4) and ownership', () => {
	let t: TestApp;
	let c: Catalogue;
	let carla: { id: number };
	let auth: string;
	let membership: Record< string, any >;

	beforeEach( async () => {
		t = createTestApp( NOW );
		c = await createCatalogue( t );
		carla = await addCustomer( t, 'carla' );
		auth = t.basic( 'carla' );
		membership = await addMembership( t, {
			customer_id: carla.id,
			plan_id: c.premium,
			period_start: '2026-03-01T00:00:00Z',
		} );
	} );

	const quoteYearly = async () =>
		(
			await request( t.app )
				.post( `${ API }/memberships/${ membership.id }/quote` )
				.set( 'Authorization', auth )
				.send( { duration: 1, duration_unit: 'year' } )
				.expect( 200 )
		).body;
	const checkout = (
		body: Record< string, unknown >,
		headers: Record< string, string > = {}
	) =>
		request( t.app )
			.post( `${ API }/memberships/${ membership.id }/checkout` )
			.set( 'Authorization', auth )
			.set( headers )
			.send( body );
	const state = async () => ( {
		membership: (
			await request( t.app )
				.get( `${ API }/memberships/${ membership.id }` )
				.set( 'Authorization', t.admin )
		).body,
		// Declined attempts are kept as failed payments (decision 52); nothing else moves.
		payments: (
			await request( t.app )
				.get( `${ API }/payments` )
				.set( 'Authorization', t.admin )
		).body.filter( ( p: { status: string } ) => p.status !== 'failed' )
			.length,
		wallet: (
			await request( t.app )
				.get( `${ API }/customers/${ carla.id }` )
				.set( 'Authorization', t.admin )
		).body.wallet_balance,
	} );

	it( 'Q2 refuses an expired quote (30 minutes) with wu_quote_stale and changes nothing', async () => {
		const quote = await quoteYearly();
		const before = await state();
		await request( t.app )
			.put( `${ API }/clock` )
			.set( 'Authorization', t.admin )
			.send( { now: '2026-03-11T10:30:00Z' } )
			.expect( 200 );
		const res = await checkout( {
			quote_id: quote.id,
			payment_method: OK_CARD,
		} ).expect( 409 );
		expect( res.body.code ).toBe( 'wu_quote_stale' );
		expect( await state() ).toEqual( before );
	} );

	it( 'Q2 refuses a quote made before the membership changed (version) and an unknown quote', async () => {
		const stale = await quoteYearly();
		const addon = (
			await request( t.app )
				.post( `${ API }/memberships/${ membership.id }/quote` )
				.set( 'Authorization', auth )
				.send( { addons: [ { product_id: c.visits, quantity: 1 } ] } )
		).body;
		await checkout( {
			quote_id: addon.id,
			payment_method: OK_CARD,
		} ).expect( 200 );
		const before = await state();
		expect(
			(
				await checkout( {
					quote_id: stale.id,
					payment_method: OK_CARD,
				} ).expect( 409 )
			).body.code
		).toBe( 'wu_quote_stale' );
		expect(
			(
				await checkout( {
					quote_id: 'no-such-quote',
					payment_method: OK_CARD,
				} ).expect( 409 )
			).body.code
		).toBe( 'wu_quote_stale' );
		expect( await state() ).toEqual( before );
	} );

	it( 'Q3 a declined card changes nothing but a failed payment (decision 52) and says why; insufficient funds says so', async () => {
		const quote = await quoteYearly();
		const before = await state();
		const declined = await checkout( {
			quote_id: quote.id,
			payment_method: { type: 'test_card', number: '4000000000000002' },
		} ).expect( 402 );
		expect( declined.body ).toMatchObject( {
			code: 'wu_payment_declined',
			message: 'Your card was declined.',
		} );
		const poor = await checkout( {
			quote_id: quote.id,
			payment_method: { type: 'test_card', number: '4000000000009995' },
		} ).expect( 402 );
		expect( poor.body.code ).toBe( 'wu_payment_declined' );
		expect( poor.body.message ).toMatch( /insufficient funds/i );
		expect( await state() ).toEqual( before );
		const failed = await request( t.app )
			.get( `${ API }/payments?status=failed&order=asc` )
			.set( 'Authorization', t.admin )
			.expect( 200 );
		expect(
			failed.body.map( ( p: Record< string, unknown > ) => [
				p.kind,
				p.total,
				p.failure_message,
			] )
		).toEqual( [
			[ 'change', quote.due_now, 'Your card was declined.' ],
			[
				'change',
				quote.due_now,
				expect.stringMatching( /insufficient funds/i ),
			],
		] );
		await checkout( {
			quote_id: quote.id,
			payment_method: OK_CARD,
		} ).expect( 200 );
	} );

	it( 'Q3 a change that costs something needs a payment method (rest_invalid_param payment_method)', async () => {
		const quote = await quoteYearly();
		const res = await checkout( { quote_id: quote.id } ).expect( 400 );
		expect( res.body.data.params ).toHaveProperty( 'payment_method' );
	} );

	it( 'Q3 a manual payment stays pending and applies only when the admin completes it', async () => {
		const quote = await quoteYearly();
		const res = await checkout( {
			quote_id: quote.id,
			payment_method: { type: 'manual' },
		} ).expect( 200 );
		expect( res.body.payment ).toMatchObject( {
			status: 'pending',
			total: 92294,
			gateway: 'manual',
		} );
		expect( res.body.membership.duration_unit ).toBe( 'month' );
		await request( t.app )
			.post( `${ API }/payments/${ res.body.payment.id }/complete` )
			.set( 'Authorization', auth )
			.expect( 403 );
		const done = await request( t.app )
			.post( `${ API }/payments/${ res.body.payment.id }/complete` )
			.set( 'Authorization', t.admin )
			.expect( 200 );
		expect( done.body.payment.status ).toBe( 'completed' );
		expect( done.body.membership ).toMatchObject( {
			duration_unit: 'year',
			period_end: '2027-03-11T10:00:00Z',
		} );
		expect(
			(
				await checkout( {
					quote_id: quote.id,
					payment_method: OK_CARD,
				} ).expect( 409 )
			).body.code
		).toBe( 'wu_quote_stale' );
	} );

	it( 'K5, W1 credit above the charge goes to the wallet, and the payment lines sum to its total', async () => {
		const yearly = await addMembership( t, {
			customer_id: carla.id,
			plan_id: c.premium,
			duration: 1,
			duration_unit: 'year',
			period_start: NOW,
		} );
		// K5: from a long period to a shorter plan that is dearer per day is an ordinary upgrade.
		const dear = (
			await request( t.app )
				.post( `${ API }/products` )
				.set( 'Authorization', t.admin )
				.send( {
					name: 'Sprint',
					type: 'plan',
					amount: 10000,
					duration: 1,
					duration_unit: 'week',
					group: 'High End',
					list_order: 5,
				} )
		).body;
		const q = (
			await request( t.app )
				.post( `${ API }/memberships/${ yearly.id }/quote` )
				.set( 'Authorization', auth )
				.send( {
					plan_id: dear.id,
					duration: 1,
					duration_unit: 'week',
				} )
				.expect( 200 )
		).body;
		expect( q.type ).toBe( 'upgrade' );
		expect( q.lines ).toContainEqual(
			expect.objectContaining( {
				kind: 'proration_credit',
				amount: -99000,
			} )
		);
		expect( q ).toMatchObject( {
			total: 10000 - 99000,
			due_now: 0,
			wallet_after: 89000,
		} );
		const paid = await request( t.app )
			.post( `${ API }/memberships/${ yearly.id }/checkout` )
			.set( 'Authorization', auth )
			.send( { quote_id: q.id } )
			.expect( 200 );
		expect(
			paid.body.payment.lines.reduce(
				( s: number, l: { amount: number } ) => s + l.amount,
				0
			)
		).toBe( paid.body.payment.total );
		expect( ( await state() ).wallet ).toBe( 89000 );
	} );

	it( 'L4 schedules a downgrade below current usage, its quote listing what to remove in over_limits', async () => {
		await request( t.app )
			.post( `${ API }/sites` )
			.set( 'Authorization', t.admin )
			.send( {
				membership_id: membership.id,
				title: 'Blog',
				path: '/blog/',
				usage: {
					posts: { post: 40, page: 2 },
					disk_space: 50,
					users: 1,
					custom_domains: 0,
				},
			} )
			.expect( 201 );
		const res = await request( t.app )
			.post( `${ API }/memberships/${ membership.id }/quote` )
			.set( 'Authorization', auth )
			.send( { plan_id: c.free } )
			.expect( 200 );
		expect( res.body.type ).toBe( 'downgrade' );
		expect( res.body.over_limits ).toEqual( [
			expect.objectContaining( {
				limit: 'posts',
				post_type: 'post',
				usage: 40,
				new_limit: 10,
				must_remove: 30,
			} ),
		] );
	} );

	it( 'ownership: another customer gets 404 rest_not_found on the membership, its quote and checkout', async () => {
		await addCustomer( t, 'otto' );
		const otto = t.basic( 'otto' );
		for ( const path of [ '', '/options', '/limits' ] ) {
			const res = await request( t.app )
				.get( `${ API }/memberships/${ membership.id }${ path }` )
				.set( 'Authorization', otto )
				.expect( 404 );
			expect( res.body.code ).toBe( 'rest_not_found' );
		}
		await request( t.app )
			.post( `${ API }/memberships/${ membership.id }/quote` )
			.set( 'Authorization', otto )
			.send( { duration: 1, duration_unit: 'year' } )
			.expect( 404 );
		expect(
			(
				await request( t.app )
					.get( `${ API }/memberships` )
					.set( 'Authorization', otto )
			).body
		).toEqual( [] );
		expect(
			(
				await request( t.app )
					.get( `${ API }/payments` )
					.set( 'Authorization', otto )
			).body
		).toEqual( [] );
	} );

	it( 'rest_forbidden: a customer calling an admin route gets 403', async () => {
		const res = await request( t.app )
			.post( `${ API }/memberships` )
			.set( 'Authorization', auth )
			.send( { customer_id: carla.id, plan_id: c.free } )
			.expect( 403 );
		expect( res.body.code ).toBe( 'rest_forbidden' );
		await request( t.app )
			.put( `${ API }/clock` )
			.set( 'Authorization', auth )
			.send( { now: '2027-01-01T00:00:00Z' } )
			.expect( 403 );
	} );

	it( 'a cookie checkout without X-WP-Nonce is refused (rest_cookie_invalid_nonce) and works with it', async () => {
		const quote = await quoteYearly();
		const { cookie, nonce } = await cookieLogin(
			t,
			'carla',
			CUSTOMER_PASSWORD
		);
		const path = `${ API }/memberships/${ membership.id }/checkout`;
		const body = { quote_id: quote.id, payment_method: OK_CARD };
		expect(
			(
				await request( t.app )
					.post( path )
					.set( 'Cookie', cookie )
					.send( body )
					.expect( 403 )
			).body.code
		).toBe( 'rest_cookie_invalid_nonce' );
		await request( t.app )
			.post( path )
			.set( 'Cookie', cookie )
			.set( 'X-WP-Nonce', nonce )
			.send( body )
			.expect( 200 );
	} );

	it( 'decision 37: an open quote is not stored until checkout uses it; a restart forgets it, a paid one stays', async () => {
		const count = () =>
			(
				t.ctx.db
					.prepare( 'SELECT COUNT(*) AS n FROM quotes' )
					.get() as { n: number }
			 ).n;
		const forgotten = await quoteYearly();
		const paid = await quoteYearly();
		expect( count() ).toBe( 0 );
		const res = await checkout( {
			quote_id: paid.id,
			payment_method: OK_CARD,
		} ).expect( 200 );
		expect(
			t.ctx.db
				.prepare(
					'SELECT status, payment_id, due_now_amount FROM quotes WHERE id = ?'
				)
				.get( paid.id )
		).toEqual( {
			status: 'paid',
			payment_id: res.body.payment.id,
			due_now_amount: paid.due_now,
		} );

		// The same database under a new process: the paid quote is still used, the open one is gone.
		const restarted = createApp(
			createContext( {
				db: t.ctx.db,
				clock: t.clock,
				config: { testClock: true },
				log: () => {},
			} )
		);
		const again = ( id: string ) =>
			request( restarted )
				.post( `${ API }/memberships/${ membership.id }/checkout` )
				.set( 'Authorization', auth )
				.send( { quote_id: id, payment_method: OK_CARD } )
				.expect( 409 );
		const before = await state();
		expect( ( await again( paid.id ) ).body ).toMatchObject( {
			code: 'wu_quote_stale',
			message: expect.stringMatching( /already used/ ),
		} );
		expect( ( await again( forgotten.id ) ).body ).toMatchObject( {
			code: 'wu_quote_stale',
			message: expect.stringMatching( /new quote/ ),
		} );
		expect( await state() ).toEqual( before );
	} );

	it( 'decision 37: at most MAX_OPEN_QUOTES open quotes are held; the oldest is forgotten first', async () => {
		const quotes = new QuoteRepository( t.ctx.db );
		const quote = t.ctx.quotes.find( ( await quoteYearly() ).id )!.quote;
		for ( let i = 0; i <= MAX_OPEN_QUOTES; i++ ) {
			quotes.insert( `q${ i }`, 1000 + ( i % 1000 ), quote );
		}
		expect( quotes.find( 'q0' ) ).toBeNull();
		expect( quotes.find( 'q1' ) ).toMatchObject( {
			status: 'open',
			quote: { dueNow: quote.dueNow },
		} );
		expect( quotes.find( `q${ MAX_OPEN_QUOTES }` ) ).toMatchObject( {
			status: 'open',
		} );
	} );

	it( 'decision 37: one user asking in a loop forgets only their own oldest quotes', async () => {
		const quotes = new QuoteRepository( t.ctx.db );
		const quote = t.ctx.quotes.find( ( await quoteYearly() ).id )!.quote;
		quotes.insert( 'someone-else', 2, quote );
		for ( let i = 0; i <= MAX_OPEN_QUOTES_PER_USER; i++ ) {
			quotes.insert( `loop${ i }`, 3, quote );
		}
		expect( quotes.find( 'loop0' ) ).toBeNull();
		expect( quotes.find( 'loop1' ) ).toMatchObject( { status: 'open' } );
		expect( quotes.find( 'someone-else' ) ).toMatchObject( {
			status: 'open',
			userId: 2,
		} );
	} );
} );
