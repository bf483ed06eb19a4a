import type { DomainEvent } from '../../../server/src/domain/event';
import {
	consumeEvents,
	drainEvents,
} from '../../../server/src/services/consume-events';
import request from 'supertest';
import { API, createTestApp, type TestApp } from '../../support/test-app';

/** The outbox's consumers: each event handled once per consumer, nothing lost on a failure. */
describe( 'consumeEvents', () => {
	let t: TestApp;

	const addPlan = ( name: string ) =>
		request( t.app )
			.post( `${ API }/products` )
			.set( 'Authorization', t.admin )
			.send( { name, type: 'plan', amount: 1000, group: 'Web' } )
			.expect( 201 );

	beforeEach( () => {
		t = createTestApp();
	} );

	it( 'hands each event to a consumer once, in id order, and each consumer on its own cursor', async () => {
		await addPlan( 'One' );
		await addPlan( 'Two' );
		const seen: number[] = [];
		const consumer = {
			name: 'test',
			handle: ( e: DomainEvent ) => seen.push( e.id ),
		};
		expect( drainEvents( t.ctx, consumer ) ).toBe( 2 );
		expect( drainEvents( t.ctx, consumer ) ).toBe( 0 );
		await addPlan( 'Three' );
		expect( consumeEvents( t.ctx, consumer ) ).toBe( 1 );
		expect( seen ).toHaveLength( 3 );
		expect( [ ...seen ].sort( ( a, b ) => a - b ) ).toEqual( seen );
		const other: number[] = [];
		drainEvents( t.ctx, {
			name: 'other',
			handle: ( e ) => other.push( e.id ),
		} );
		expect( other ).toEqual( seen );
	} );

	it( 'rolls the batch back when a handler throws, and hands the same events again', async () => {
		await addPlan( 'One' );
		let fail = true;
		const handled: string[] = [];
		const consumer = {
			name: 'flaky',
			handle: ( e: DomainEvent ) => {
				t.ctx.db
					.prepare(
						'INSERT INTO event_cursors ( name, last_id ) VALUES ( ?, ? )'
					)
					.run( `side-${ e.id }-${ handled.length }`, e.id );
				if ( fail ) {
					throw new Error( 'receiver down' );
				}
				handled.push( e.type );
			},
		};
		expect( () => consumeEvents( t.ctx, consumer ) ).toThrow(
			'receiver down'
		);
		const sideRows = t.ctx.db
			.prepare(
				"SELECT COUNT(*) AS n FROM event_cursors WHERE name LIKE 'side-%'"
			)
			.get() as { n: number };
		expect( sideRows.n ).toBe( 0 );
		fail = false;
		expect( consumeEvents( t.ctx, consumer ) ).toBe( 1 );
		expect( handled ).toEqual( [ 'product.created' ] );
	} );
} );
