import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import request from 'supertest';
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

// Issue "Trust": a few thousand seeded hostile bodies over every write route that the REST index
// lists, as the network admin and as a customer: never a 5xx, every refusal a WordPress error
// body, and another customer's renewal still runs afterwards (RULES M6, R5).
const NOW = '2026-03-11T10:00:00Z';
const OK_CARD = { type: 'test_card', number: '4242424242424242' };
const SEED = 20261201;
const BODIES_PER_ROUTE = 90;

/** Field names the API reads somewhere, so that generated bodies reach the validators, not only the "unknown field" paths. */
const FIELDS = [
	'plan_id',
	'duration',
	'duration_unit',
	'addons',
	'payment_method',
	'quote_id',
	'customer_id',
	'membership_id',
	'site_id',
	'product_id',
	'status',
	'period_start',
	'period_end',
	'trial_end',
	'auto_renew',
	'name',
	'slug',
	'description',
	'type',
	'pricing_type',
	'amount',
	'setup_fee',
	'recurring',
	'trial_duration',
	'trial_duration_unit',
	'price_variations',
	'group',
	'list_order',
	'available_addons',
	'limits',
	'stackable',
	'max_quantity',
	'active',
	'currency',
	'username',
	'email',
	'password',
	'current_password',
	'display_name',
	'title',
	'path',
	'usage',
	'posts',
	'visitor',
	'at',
	'now',
	'locale',
	'reason',
	'when',
	'refund',
	'to',
	'sites',
	'visits',
	'disk_space',
	'users',
	'custom_domains',
	'__proto__',
	'constructor',
];

const hostileScalar = fc.oneof(
	fc.constantFrom(
		null,
		true,
		false,
		0,
		-1,
		1,
		2,
		1.5,
		-0.01,
		1e308,
		-1e308,
		2 ** 53,
		10000,
		280000,
		3650,
		3651,
		121
	),
	fc.constantFrom(
		'',
		' ',
		'0',
		'-1',
		'1e9',
		'NaN',
		'year',
		'month',
		'week',
		'day',
		'unlimited',
		'manual',
		'test_card',
		'__proto__',
		'constructor',
		'active',
		'on-hold',
		'now',
		'period_end',
		'wallet',
		'card'
	),
	fc.constantFrom(
		'+012026-01-01T00:00:00Z',
		'2026-03-11T10:00:00Z',
		'9999-12-31T23:59:59Z',
		'0000-01-01T00:00:00Z',
		'2026-02-30T00:00:00Z',
		'2026-03-11T10:00:00+02:00',
		'x'.repeat( 5000 )
	),
	fc.integer( { min: -5, max: 40 } ),
	fc.string( { maxLength: 30 } )
);

const hostileValue: fc.Arbitrary< unknown > = fc.letrec( ( tie ) => ( {
	value: fc.oneof(
		{ depthSize: 'small', withCrossShrink: true },
		hostileScalar,
		tie( 'list' ),
		tie( 'object' )
	),
	list: fc.array( tie( 'value' ), { maxLength: 4 } ),
	object: fc.dictionary(
		fc.constantFrom(
			...FIELDS,
			'product_id',
			'quantity',
			'number',
			'post',
			'page'
		),
		tie( 'value' ),
		{ maxKeys: 4 }
	),
} ) ).value;

const addonList = fc.array(
	fc.record(
		{
			product_id: fc.integer( { min: -1, max: 12 } ),
			quantity: hostileScalar,
		},
		{ requiredKeys: [] }
	),
	{ maxLength: 3 }
);
const paymentMethod = fc.oneof(
	fc.constant( null ),
	fc.record(
		{
			type: fc.constantFrom( 'test_card', 'manual', 'card', '' ),
			number: fc.constantFrom(
				'4242424242424242',
				'4000000000000002',
				'1234',
				'',
				'x'.repeat( 40 )
			),
		},
		{ requiredKeys: [] }
	)
);

/** A body as a careless or hostile client sends it: known fields with wrong values, random JSON, or raw text. */
const body = fc.oneof(
	fc.dictionary( fc.constantFrom( ...FIELDS ), hostileValue, { maxKeys: 6 } ),
	fc.record(
		{
			plan_id: fc.integer( { min: -1, max: 12 } ),
			duration: hostileScalar,
			duration_unit: hostileScalar,
			addons: addonList,
			payment_method: paymentMethod,
		},
		{ requiredKeys: [] }
	),
	fc.record(
		{
			usage: fc.record(
				{
					posts: fc.dictionary(
						fc.string( { maxLength: 25 } ),
						hostileScalar,
						{ maxKeys: 3 }
					),
					disk_space: hostileScalar,
				},
				{ requiredKeys: [] }
			),
			posts: fc.dictionary(
				fc.constantFrom(
					'post',
					'constructor',
					'__proto__',
					'x'.repeat( 21 )
				),
				hostileScalar
			),
		},
		{ requiredKeys: [] }
	),
	fc.array( hostileValue, { maxLength: 5 } ),
	fc.jsonValue( { maxDepth: 3 } )
);

const rawBodies = [
	'{',
	'{"a":',
	'null',
	'"text"',
	'[]',
	'{}',
	' ',
	`{"a":${ '['.repeat( 500 ) }${ ']'.repeat( 500 ) }}`,
	'{"__proto__":{"isAdmin":true}}',
	'\u0000',
];

describe( 'fuzzing every write route', () => {
	let t: TestApp;
	let c: Catalogue;
	let server: Server;
	let url: string;
	let customerAuth: string;
	let victim: Record< string, any >;
	let bystander: Record< string, any >;

	beforeAll( async () => {
		t = createTestApp( NOW );
		c = await createCatalogue( t );
		server = await new Promise( ( resolve ) => {
			const s = t.app.listen( 0, '127.0.0.1', () => resolve( s ) );
		} );
		url = `http://127.0.0.1:${ ( server.address() as AddressInfo ).port }`;
		const carla = await addCustomer( t, 'carla' );
		customerAuth = t.basic( 'carla' );
		victim = await addMembership( t, {
			customer_id: carla.id,
			plan_id: c.premium,
			period_start: '2026-03-01T00:00:00Z',
		} );
		await request( t.app )
			.post( `${ API }/sites` )
			.set( 'Authorization', t.admin )
			.send( {
				membership_id: victim.id,
				title: 'Blog',
				path: '/blog/',
				usage: { posts: { post: 3 } },
			} )
			.expect( 201 );
		// The bystander: another customer whose ids the fuzzer never aims at; a card is saved by a real upgrade.
		const bea = await addCustomer( t, 'bea' );
		const own = await addMembership( t, {
			customer_id: bea.id,
			plan_id: c.free,
			period_start: '2026-03-01T00:00:00Z',
		} );
		const quote = (
			await request( t.app )
				.post( `${ API }/memberships/${ own.id }/quote` )
				.set( 'Authorization', t.basic( 'bea' ) )
				.send( { plan_id: c.premium } )
				.expect( 200 )
		).body;
		bystander = (
			await request( t.app )
				.post( `${ API }/memberships/${ own.id }/checkout` )
				.set( 'Authorization', t.basic( 'bea' ) )
				.send( { quote_id: quote.id, payment_method: OK_CARD } )
				.expect( 200 )
		).body.membership;
	} );
	afterAll( async () => {
		await new Promise( ( resolve ) => server.close( resolve ) );
		t.ctx.db.close();
	} );

	/** Every write endpoint of the REST index, with its path's ids filled in (the victim's, or ids that do not exist). */
	function writeRoutes(): { method: string; path: string }[] {
		const index = t.ctx.rest.index( '' ) as {
			routes: Record< string, { endpoints: { methods: string[] }[] } >;
		};
		const routes: { method: string; path: string }[] = [];
		for ( const [ pattern, route ] of Object.entries( index.routes ) ) {
			if ( pattern.endsWith( '/clock' ) ) {
				continue; // moving the test clock is a test's own business; its bad bodies are tried below
			}
			for ( const method of new Set(
				route.endpoints.flatMap( ( e ) => e.methods )
			) ) {
				if ( method === 'GET' ) {
					continue;
				}
				for ( const id of [ String( victim.id ), '999999' ] ) {
					routes.push( {
						method,
						path: pattern
							.replace( /\(\?P<[a-z_]+>\[\\d\]\+\)/g, id )
							.replace( /\(\?P<[a-z_]+>\[\\w-\]\+\)/g, 'x' ),
					} );
				}
			}
		}
		return routes.filter(
			( route, i ) =>
				routes.findIndex(
					( r ) => r.method === route.method && r.path === route.path
				) === i
		);
	}

	it( 'answers thousands of hostile bodies with 2xx or 4xx and a WordPress error body, never a 5xx', async () => {
		const routes = writeRoutes();
		expect( routes.length ).toBeGreaterThan( 15 );
		const samples = fc.sample( body, {
			seed: SEED,
			numRuns: BODIES_PER_ROUTE,
		} );
		const failures: string[] = [];
		let sent = 0;
		for ( const [ r, route ] of routes.entries() ) {
			// A path to nothing gets a tenth of the bodies: most stop at its 404.
			const chosen = route.path.includes( '999999' )
				? samples.slice( 0, BODIES_PER_ROUTE / 10 )
				: samples;
			const texts = [
				...chosen.map( ( sample ) => JSON.stringify( sample ) ),
				...rawBodies,
			];
			for ( const [ i, text ] of texts.entries() ) {
				const auth = ( r + i ) % 2 === 0 ? t.admin : customerAuth;
				const res = await request( url )
					[ route.method.toLowerCase() as 'post' ](
						`/wp-json${ route.path }`
					)
					.set( 'Authorization', auth )
					.set( 'Content-Type', 'application/json' )
					.send( text );
				sent++;
				const wellFormed =
					res.status < 400 ||
					( typeof res.body?.code === 'string' &&
						typeof res.body?.message === 'string' &&
						res.body?.data?.status === res.status );
				if ( res.status >= 500 || ! wellFormed ) {
					failures.push(
						`${ route.method } ${ route.path } ${ text.slice( 0, 200 ) } → ${ res.status } ${ JSON.stringify( res.body ).slice( 0, 200 ) }`
					);
				}
			}
		}
		expect( sent ).toBeGreaterThan( 2000 );
		process.stdout.write(
			`fuzz: ${ sent } requests over ${ routes.length } write routes\n`
		);
		expect( failures.slice( 0, 10 ) ).toEqual( [] );
	}, 120_000 );

	it( 'refuses bad test-clock moves with 400, a six-digit year included', async () => {
		for ( const now of [
			'+012026-01-01T00:00:00Z',
			5,
			null,
			'2026-13-01T00:00:00Z',
			'x'.repeat( 5000 ),
		] ) {
			const res = await request( url )
				.put( `${ API }/clock` )
				.set( 'Authorization', t.admin )
				.send( { now } );
			expect( [ now, res.status ] ).toEqual( [ now, 400 ] );
		}
	} );

	it( "still renews another customer's membership at its period end after the fuzzing", async () => {
		const before = (
			await request( url )
				.get( `${ API }/memberships/${ bystander.id }` )
				.set( 'Authorization', t.admin )
				.expect( 200 )
		).body;
		const periodEnd = before.period_end as string;
		const clock = await request( url )
			.get( `${ API }/clock` )
			.set( 'Authorization', t.admin )
			.expect( 200 );
		const target = new Date(
			Math.max( Date.parse( periodEnd ), Date.parse( clock.body.now ) ) +
				60_000
		).toISOString();
		await request( url )
			.put( `${ API }/clock` )
			.set( 'Authorization', t.admin )
			.send( { now: target } )
			.expect( 200 );
		const after = (
			await request( url )
				.get( `${ API }/memberships/${ bystander.id }` )
				.set( 'Authorization', t.admin )
				.expect( 200 )
		).body;
		expect( after.status ).toBe( 'active' );
		expect( Date.parse( after.period_end ) ).toBeGreaterThan(
			Date.parse( periodEnd )
		);
		const payments = (
			await request( url )
				.get( `${ API }/payments?membership=${ bystander.id }` )
				.set( 'Authorization', t.admin )
				.expect( 200 )
		).body as { kind: string; status: string }[];
		expect(
			payments.some(
				( p ) => p.kind === 'renewal' && p.status === 'completed'
			)
		).toBe( true );
	} );
} );
