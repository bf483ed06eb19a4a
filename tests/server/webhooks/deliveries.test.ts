import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createContext } from '../../../server/src/compose';
import { migrate, openDatabase } from '../../../server/src/db/connection';
import { TestClock } from '../../../server/src/services/clock';
import { drainEvents } from '../../../server/src/services/consume-events';
import { deliverDueWebhooks } from '../../../server/src/services/deliver-webhooks';
import { webhookFanout } from '../../../server/src/services/webhook-fanout';
import type { BillingDeps } from '../../../server/src/services/billing-deps';
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
import {
	startReceiver,
	verifySignature,
	type Receiver,
} from '../../support/webhook-receiver';

const OK_CARD = { type: 'test_card', number: '4242424242424242' };
const DECLINED_CARD = { type: 'test_card', number: '4000000000000002' };
const SECOND = 1000;

/**
 * Issue 15: webhooks delivered to a real receiver on a loopback port. The relay's fan-out and
 * the dispatcher's rounds are run by hand with an injected real-time `now` (no sleeps).
 */
describe( 'webhook deliveries', () => {
	let t: TestApp;
	let c: Catalogue;
	let carla: { id: number };
	let receiver: Receiver;
	let now: number;

	beforeEach( async () => {
		t = createTestApp( '2026-03-11T10:00:00Z' );
		c = await createCatalogue( t );
		carla = await addCustomer( t, 'carla' );
		now = Date.now();
	} );
	afterEach( () => receiver?.close() );

	/** The relay's fan-out, then one dispatcher round, at `now` (real time, ms). */
	const pump = ( deps: BillingDeps = t.ctx, claimer = 'test' ) => {
		drainEvents(
			deps,
			webhookFanout( deps, () => now )
		);
		return deliverDueWebhooks( deps, {
			fetch,
			now: () => now,
			claimer,
		} );
	};
	const register = async ( events: string[] = [ '*' ] ) =>
		(
			await request( t.app )
				.post( `${ API }/webhooks` )
				.set( 'Authorization', t.admin )
				.send( { url: receiver.url, events } )
				.expect( 201 )
		).body;
	const deliveries = async ( id: number ) =>
		(
			await request( t.app )
				.get( `${ API }/webhooks/${ id }/deliveries?order=asc` )
				.set( 'Authorization', t.admin )
				.expect( 200 )
		).body;
	const upgrade = async ( card = OK_CARD, status = 200 ) => {
		const m = await addMembership( t, {
			customer_id: carla.id,
			plan_id: c.free,
			period_start: '2026-03-01T00:00:00Z',
		} );
		const q = await request( t.app )
			.post( `${ API }/memberships/${ m.id }/quote` )
			.set( 'Authorization', t.basic( 'carla' ) )
			.send( { plan_id: c.premium } )
			.expect( 200 );
		await request( t.app )
			.post( `${ API }/memberships/${ m.id }/checkout` )
			.set( 'Authorization', t.basic( 'carla' ) )
			.send( { quote_id: q.body.id, payment_method: card } )
			.expect( status );
		return m;
	};
	const typesReceived = () =>
		receiver.received.map( ( r ) => JSON.parse( r.body ).type );
	const summary = ( log: Record< string, unknown >[] ) =>
		log.map( ( d ) => [
			d.event_type,
			d.attempt,
			d.status,
			d.response_code,
		] );

	it( 'a paid upgrade reaches the receiver as payment.completed then membership.upgraded, signed', async () => {
		receiver = await startReceiver();
		const hook = await register( [
			'membership.upgraded',
			'payment.completed',
		] );
		expect( hook.secret ).toMatch( /^whsec_[0-9a-f]{64}$/ );
		const m = await upgrade();
		expect( receiver.received ).toHaveLength( 0 );
		await pump();
		await pump();
		expect( typesReceived() ).toEqual( [
			'payment.completed',
			'membership.upgraded',
		] );
		const [ payment, change ] = receiver.received;
		for ( const r of receiver.received ) {
			expect( r.headers[ 'content-type' ] ).toBe( 'application/json' );
			const signature = String( r.headers[ 'x-wu-signature' ] );
			expect( signature ).toMatch( /^t=\d+,v1=[0-9a-f]{64}$/ );
			expect( verifySignature( signature, r.body, hook.secret ) ).toBe(
				true
			);
			expect( verifySignature( signature, r.body, 'whsec_other' ) ).toBe(
				false
			);
		}
		expect( JSON.parse( change.body ) ).toMatchObject( {
			type: 'membership.upgraded',
			created_at: '2026-03-11T10:00:00Z',
			data: { object: { id: m.id, plan_id: c.premium } },
		} );
		expect( JSON.parse( payment.body ).id ).toBeLessThan(
			JSON.parse( change.body ).id
		);
		expect( summary( await deliveries( hook.id ) ) ).toEqual( [
			[ 'payment.completed', 1, 'succeeded', 200 ],
			[ 'membership.upgraded', 1, 'succeeded', 200 ],
		] );
	} );

	it( 'a receiver that fails twice gets the event on a retry, 10 s then 1 min later, and later events wait their turn', async () => {
		receiver = await startReceiver( [ 500, 503 ] );
		const hook = await register( [
			'payment.completed',
			'membership.upgraded',
		] );
		await upgrade();
		await pump();
		expect( typesReceived() ).toEqual( [ 'payment.completed' ] );
		now += 9 * SECOND;
		await pump();
		expect( receiver.received ).toHaveLength( 1 );
		now += SECOND;
		await pump();
		expect( receiver.received ).toHaveLength( 2 );
		now += 59 * SECOND;
		await pump();
		expect( receiver.received ).toHaveLength( 2 );
		now += SECOND;
		await pump();
		await pump();
		expect( typesReceived() ).toEqual( [
			'payment.completed',
			'payment.completed',
			'payment.completed',
			'membership.upgraded',
		] );
		// The log in the order its rows were made: the upgrade's first attempt was queued with the payment's.
		expect( summary( await deliveries( hook.id ) ) ).toEqual( [
			[ 'payment.completed', 1, 'failed', 500 ],
			[ 'membership.upgraded', 1, 'succeeded', 200 ],
			[ 'payment.completed', 2, 'failed', 503 ],
			[ 'payment.completed', 3, 'succeeded', 200 ],
		] );
	} );

	it( 'gives an event up after six attempts (10 s, 1 min, 5 min, 30 min, 2 h later), then sends the next', async () => {
		receiver = await startReceiver( Array( 6 ).fill( 500 ) );
		const hook = await register( [
			'payment.completed',
			'membership.upgraded',
		] );
		await upgrade();
		for ( const wait of [ 0, 10, 60, 300, 1800, 7200 ] ) {
			now += wait * SECOND;
			await pump();
		}
		expect( typesReceived() ).toEqual(
			Array( 6 ).fill( 'payment.completed' )
		);
		await pump();
		expect( typesReceived().at( -1 ) ).toBe( 'membership.upgraded' );
		expect(
			summary( await deliveries( hook.id ) ).filter(
				( row ) => row[ 0 ] === 'payment.completed'
			)
		).toEqual(
			[ 1, 2, 3, 4, 5, 6 ].map( ( attempt ) => [
				'payment.completed',
				attempt,
				'failed',
				500,
			] )
		);
	} );

	it( 'Resend delivers an event again, as a new attempt', async () => {
		receiver = await startReceiver();
		const hook = await register( [ 'membership.upgraded' ] );
		await upgrade();
		await pump();
		const [ first ] = await deliveries( hook.id );
		const resend = () =>
			request( t.app )
				.post(
					`${ API }/webhooks/${ hook.id }/deliveries/${ first.id }/redeliver`
				)
				.set( 'Authorization', t.admin );
		const again = await resend().expect( 202 );
		expect( again.body ).toMatchObject( {
			event_id: first.event_id,
			attempt: 2,
			status: 'pending',
		} );
		expect( ( await resend().expect( 409 ) ).body.code ).toBe(
			'wu_delivery_pending'
		);
		now += SECOND;
		await pump();
		expect( receiver.received ).toHaveLength( 2 );
		expect( receiver.received[ 1 ].body ).toBe(
			receiver.received[ 0 ].body
		);
		expect( summary( await deliveries( hook.id ) ) ).toEqual( [
			[ 'membership.upgraded', 1, 'succeeded', 200 ],
			[ 'membership.upgraded', 2, 'succeeded', 200 ],
		] );
	} );

	it( 'a declined card sends payment.failed and no membership.upgraded', async () => {
		receiver = await startReceiver();
		await register();
		await upgrade( DECLINED_CARD, 402 );
		await pump();
		await pump();
		await pump();
		const sent = typesReceived();
		expect( sent ).toContain( 'payment.failed' );
		expect( sent ).not.toContain( 'membership.upgraded' );
		expect( sent ).not.toContain( 'payment.completed' );
	} );

	it( 'an inactive endpoint receives nothing', async () => {
		receiver = await startReceiver();
		const hook = await register();
		await request( t.app )
			.put( `${ API }/webhooks/${ hook.id }` )
			.set( 'Authorization', t.admin )
			.send( { active: false } )
			.expect( 200 );
		await upgrade();
		await pump();
		expect( receiver.received ).toEqual( [] );
	} );

	it( 'two instances never send the same delivery; a claim whose instance died is taken over when its lease ends', async () => {
		receiver = await startReceiver();
		await register( [ 'membership.upgraded' ] );
		await upgrade();
		drainEvents(
			t.ctx,
			webhookFanout( t.ctx, () => now )
		);
		const instant = ( ms: number ) =>
			new Date( Math.floor( ms / SECOND ) * SECOND )
				.toISOString()
				.replace( '.000Z', 'Z' );
		// Instance "a" claims the delivery, then dies before sending it.
		expect(
			t.ctx.webhooks.claimNext(
				instant( now ),
				instant( now + 60 * SECOND ),
				'a'
			)
		).not.toBeNull();
		expect( await pump( t.ctx, 'b' ) ).toBe( 0 );
		now += 60 * SECOND;
		expect( await pump( t.ctx, 'b' ) ).toBe( 1 );
		expect( typesReceived() ).toEqual( [ 'membership.upgraded' ] );
	} );

	it( 'a crash between the change and the delivery loses nothing: a new app over the same database delivers', async () => {
		receiver = await startReceiver();
		const dir = fs.mkdtempSync( path.join( os.tmpdir(), 'wu-hooks-' ) );
		const file = path.join( dir, 'network.sqlite' );
		t = createTestApp( '2026-03-11T10:00:00Z', { file } );
		c = await createCatalogue( t );
		carla = await addCustomer( t, 'carla' );
		await register( [ 'payment.completed', 'membership.upgraded' ] );
		await upgrade();
		// The process "dies" here: the events are committed, nothing was fanned out or sent.
		t.ctx.db.close();
		const db = openDatabase( file );
		migrate( db );
		const restarted = createContext( {
			db,
			clock: new TestClock( '2026-03-11T10:00:00Z' ),
			log: () => {},
		} );
		await pump( restarted, 'after-restart' );
		await pump( restarted, 'after-restart' );
		expect( typesReceived() ).toEqual( [
			'payment.completed',
			'membership.upgraded',
		] );
		db.close();
		fs.rmSync( dir, { recursive: true, force: true } );
	} );
} );
