import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { drainEvents } from '../../../server/src/services/consume-events';
import { deliverDueWebhooks } from '../../../server/src/services/deliver-webhooks';
import { webhookFanout } from '../../../server/src/services/webhook-fanout';
import {
	addCustomer,
	API,
	createTestApp,
	type TestApp,
} from '../../support/test-app';

/** `/webhooks` as the network admin uses it (API.md "Events, webhooks and e-mails"). */
describe( '/webhooks', () => {
	let t: TestApp;

	beforeEach( () => {
		t = createTestApp();
	} );

	const create = ( body: Record< string, unknown > ) =>
		request( t.app )
			.post( `${ API }/webhooks` )
			.set( 'Authorization', t.admin )
			.send( body );

	it( 'registers an endpoint, shows its secret once, changes and removes it', async () => {
		const created = await create( {
			url: 'https://hooks.example.test/wu',
			events: [ 'membership.upgraded', 'payment.completed' ],
		} ).expect( 201 );
		expect( created.headers.location ).toBe(
			`/wp-json/wu/v2/webhooks/${ created.body.id }`
		);
		expect( created.body ).toMatchObject( {
			url: 'https://hooks.example.test/wu',
			events: [ 'membership.upgraded', 'payment.completed' ],
			active: true,
			secret: expect.stringMatching( /^whsec_/ ),
		} );
		const one = await request( t.app )
			.get( `${ API }/webhooks/${ created.body.id }` )
			.set( 'Authorization', t.admin )
			.expect( 200 );
		expect( one.body ).not.toHaveProperty( 'secret' );
		const list = await request( t.app )
			.get( `${ API }/webhooks` )
			.set( 'Authorization', t.admin )
			.expect( 200 );
		expect( list.headers[ 'x-wp-total' ] ).toBe( '1' );
		expect( list.body[ 0 ] ).not.toHaveProperty( 'secret' );
		const changed = await request( t.app )
			.put( `${ API }/webhooks/${ created.body.id }` )
			.set( 'Authorization', t.admin )
			.send( { events: [ '*' ], active: false } )
			.expect( 200 );
		expect( changed.body ).toMatchObject( {
			url: 'https://hooks.example.test/wu',
			events: [ '*' ],
			active: false,
		} );
		const removed = await request( t.app )
			.delete( `${ API }/webhooks/${ created.body.id }` )
			.set( 'Authorization', t.admin )
			.expect( 200 );
		expect( removed.body ).toMatchObject( {
			deleted: true,
			previous: { id: created.body.id },
		} );
		await request( t.app )
			.get( `${ API }/webhooks/${ created.body.id }` )
			.set( 'Authorization', t.admin )
			.expect( 404 );
	} );

	it( 'refuses URLs that are not http(s) and unknown event types, naming the fields', async () => {
		for ( const url of [
			'ftp://example.test/hook',
			'javascript:alert(1)',
			'file:///etc/passwd',
			'not a url',
		] ) {
			const res = await create( { url, events: [ '*' ] } ).expect( 400 );
			expect( res.body.code ).toBe( 'rest_invalid_param' );
			expect( res.body.data.params.url ).toMatch(
				/http:\/\/ or https:\/\//
			);
		}
		const bad = await create( {
			url: 'http://127.0.0.1:9/hook',
			events: [ 'membership.exploded' ],
		} ).expect( 400 );
		expect( Object.keys( bad.body.data.params ) ).toEqual( [ 'events' ] );
		expect( bad.body.data.params.events ).toContain(
			'membership.exploded'
		);
		const missing = await create( {} ).expect( 400 );
		expect( Object.keys( missing.body.data.params ) ).toEqual( [ 'url' ] );
		expect( missing.body.data.params.url ).toContain( 'URL' );
	} );

	it( 'is for the network admin only', async () => {
		await addCustomer( t, 'carla' );
		await request( t.app )
			.get( `${ API }/webhooks` )
			.set( 'Authorization', t.basic( 'carla' ) )
			.expect( 403 );
		await request( t.app )
			.post( `${ API }/webhooks` )
			.send( { url: 'http://127.0.0.1/hook', events: [ '*' ] } )
			.expect( 401 );
	} );

	it( 'records an endpoint that does not answer in time as a failed attempt without a code, and retries it', async () => {
		const silent = http.createServer( () => {} );
		await new Promise< void >( ( resolve ) =>
			silent.listen( 0, '127.0.0.1', resolve )
		);
		const { port } = silent.address() as AddressInfo;
		const hook = (
			await create( {
				url: `http://127.0.0.1:${ port }/hook`,
				events: [ 'product.created' ],
			} ).expect( 201 )
		).body;
		await request( t.app )
			.post( `${ API }/products` )
			.set( 'Authorization', t.admin )
			.send( { name: 'Starter', type: 'plan', amount: 1500 } )
			.expect( 201 );
		const now = Date.now();
		drainEvents(
			t.ctx,
			webhookFanout( t.ctx, () => now )
		);
		await deliverDueWebhooks( t.ctx, {
			fetch,
			now: () => now,
			claimer: 'test',
			// The 10 s of API.md, shortened so that the test does not wait for it.
			timeoutMs: 100,
		} );
		silent.closeAllConnections();
		silent.close();
		const log = await request( t.app )
			.get( `${ API }/webhooks/${ hook.id }/deliveries?order=asc` )
			.set( 'Authorization', t.admin )
			.expect( 200 );
		expect( log.headers[ 'x-wp-total' ] ).toBe( '2' );
		expect( log.body[ 0 ] ).toMatchObject( {
			event_type: 'product.created',
			attempt: 1,
			status: 'failed',
			response_code: null,
			error: 'No answer within 0.1 seconds.',
		} );
		expect( log.body[ 1 ] ).toMatchObject( {
			attempt: 2,
			status: 'pending',
		} );
		expect(
			Date.parse( log.body[ 1 ].next_attempt_at ) -
				Date.parse( log.body[ 0 ].at )
		).toBe( 10_000 );
	} );
} );
