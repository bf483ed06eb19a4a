import request from 'supertest';
import { endingWorld, type EndingWorld } from '../support/ending';
import { API } from '../support/test-app';

// RULES X1: the customer cancels at the period end, can undo until then; the job ends it there.
describe( 'cancelling at the period end (X1)', () => {
	let w: EndingWorld;
	let membershipId: number;

	const cancel = ( body: Record< string, unknown >, as?: string ) =>
		request( w.t.app )
			.post( `${ API }/memberships/${ membershipId }/cancel` )
			.set( 'Authorization', as ?? w.auth )
			.send( body );
	const undo = ( as?: string ) =>
		request( w.t.app )
			.delete( `${ API }/memberships/${ membershipId }/cancel` )
			.set( 'Authorization', as ?? w.auth );
	const paymentsOf = async () =>
		(
			await request( w.t.app )
				.get( `${ API }/payments?membership=${ membershipId }` )
				.set( 'Authorization', w.t.admin )
				.expect( 200 )
		).body as Record< string, any >[];
	const events = async ( type: string ) =>
		(
			await request( w.t.app )
				.get( `${ API }/events?type=${ type }` )
				.set( 'Authorization', w.t.admin )
				.expect( 200 )
		).body as Record< string, any >[];

	beforeEach( async () => {
		w = await endingWorld( '2026-03-11T10:00:00Z' );
		membershipId = (
			await w.addMembership( {
				plan_id: w.c.premium,
				period_start: '2026-03-01T00:00:00Z',
			} )
		).id;
	} );

	it( 'stays active until the period end, then ends there without a charge; its sites answer wu_membership_inactive', async () => {
		const site = await request( w.t.app )
			.post( `${ API }/sites` )
			.set( 'Authorization', w.t.admin )
			.send( {
				membership_id: membershipId,
				title: 'Shop',
				path: '/shop/',
			} )
			.expect( 201 );
		const asked = await cancel( { when: 'period_end' } ).expect( 200 );
		expect( asked.body ).toMatchObject( {
			status: 'active',
			cancel_at: '2026-04-01T00:00:00Z',
			cancelled_at: null,
			period_end: '2026-04-01T00:00:00Z',
		} );
		const before = await paymentsOf();
		const moved = await w.moveClock( '2026-04-02T00:00:00Z' );
		expect( moved.processed ).toEqual( [
			expect.objectContaining( {
				membership_id: membershipId,
				at: '2026-04-01T00:00:00Z',
				result: 'cancelled',
				amount: 0,
				payment_id: null,
			} ),
		] );
		expect( await w.getMembership( membershipId, w.auth ) ).toMatchObject( {
			status: 'cancelled',
			cancel_at: null,
			cancelled_at: '2026-04-01T00:00:00Z',
		} );
		expect( await paymentsOf() ).toHaveLength( before.length );
		const check = await request( w.t.app )
			.get( `${ API }/sites/${ site.body.id }/can?action=create_post` )
			.set( 'Authorization', w.auth )
			.expect( 422 );
		expect( check.body.code ).toBe( 'wu_membership_inactive' );
		// Nothing more happens to it at later period ends.
		expect(
			( await w.moveClock( '2026-06-02T00:00:00Z' ) ).processed
		).toEqual( [] );
		expect( ( await undo().expect( 404 ) ).body.code ).toBe(
			'wu_no_cancellation'
		);
		expect(
			( await cancel( { when: 'period_end' } ).expect( 409 ) ).body.code
		).toBe( 'wu_membership_ended' );
		const ended = await events( 'membership.cancelled' );
		expect( ended ).toHaveLength( 1 );
		expect( ended[ 0 ].data.object ).toMatchObject( {
			id: membershipId,
			status: 'cancelled',
			cancelled_at: '2026-04-01T00:00:00Z',
		} );
	} );

	it( 'can be undone until then: the membership renews and is charged as before', async () => {
		await cancel( { when: 'period_end' } ).expect( 200 );
		// Asking twice changes nothing.
		const again = await cancel( { when: 'period_end' } ).expect( 200 );
		expect( again.body.cancel_at ).toBe( '2026-04-01T00:00:00Z' );
		expect( await events( 'membership.cancel_scheduled' ) ).toHaveLength(
			1
		);
		const undone = await undo().expect( 200 );
		expect( undone.body ).toMatchObject( {
			status: 'active',
			cancel_at: null,
		} );
		expect( await events( 'membership.cancel_undone' ) ).toHaveLength( 1 );
		const moved = await w.moveClock( '2026-04-01T00:00:00Z' );
		expect( moved.processed ).toEqual( [
			expect.objectContaining( { result: 'renewed', amount: 9900 } ),
		] );
		expect( await w.getMembership( membershipId ) ).toMatchObject( {
			status: 'active',
			period_end: '2026-05-01T00:00:00Z',
		} );
	} );

	it( 'drops a scheduled change, which undoing does not bring back; a pending cancellation refuses changes', async () => {
		await w.change( membershipId, { plan_id: w.c.free } );
		expect(
			( await w.getMembership( membershipId ) ).scheduled_change
		).toMatchObject( {
			plan_id: w.c.free,
			effective_at: '2026-04-01T00:00:00Z',
		} );
		const asked = await cancel( { when: 'period_end' } ).expect( 200 );
		expect( asked.body.scheduled_change ).toBeNull();
		const scheduled = await events( 'membership.cancel_scheduled' );
		expect( scheduled[ 0 ].data.previous.scheduled_change ).toMatchObject( {
			plan_id: w.c.free,
		} );
		const quote = await request( w.t.app )
			.post( `${ API }/memberships/${ membershipId }/quote` )
			.set( 'Authorization', w.auth )
			.send( {
				plan_id: w.c.premium,
				duration: 1,
				duration_unit: 'year',
			} )
			.expect( 409 );
		expect( quote.body.code ).toBe( 'wu_cancel_scheduled' );
		const undone = await undo().expect( 200 );
		expect( undone.body.scheduled_change ).toBeNull();
	} );

	it( 'ends a membership on hold at once: its paid period is over and nothing is retried', async () => {
		await request( w.t.app )
			.put( `${ API }/customers/${ w.carla.id }` )
			.set( 'Authorization', w.auth )
			.send( {
				payment_method: {
					type: 'test_card',
					number: '4000000000000341',
				},
			} )
			.expect( 200 );
		await w.moveClock( '2026-04-01T12:00:00Z' );
		expect( ( await w.getMembership( membershipId ) ).status ).toBe(
			'on-hold'
		);
		const ended = await cancel( { when: 'period_end' } ).expect( 200 );
		expect( ended.body ).toMatchObject( {
			status: 'cancelled',
			cancelled_at: '2026-04-01T12:00:00Z',
			next_retry_at: null,
		} );
		expect(
			( await w.moveClock( '2026-04-10T00:00:00Z' ) ).processed
		).toEqual( [] );
	} );
} );
