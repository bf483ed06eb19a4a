import request from 'supertest';
import { createContext } from '../../../server/src/compose';
import { migrate, openDatabase } from '../../../server/src/db/connection';
import { seedDemo } from '../../../server/src/seed/demo';
import { createApp } from '../../../server/src/http/app';
import { TestClock } from '../../../server/src/services/clock';
import { API, basicAuth } from '../../support/test-app';

// Issue 11: the demo's paying customers have the success test card on file, so the first
// renewal of a fresh demo network is paid, not put on hold.
describe( 'the demo network renews', () => {
	it( 'charges Bjørn’s and Petra’s saved test card at the first renewal; Frida’s free plan needs none', async () => {
		const db = openDatabase( ':memory:' );
		migrate( db );
		const ctx = createContext( {
			db,
			clock: new TestClock( '2026-03-11T10:00:00Z' ),
			config: { testClock: true },
			log: () => {},
		} );
		seedDemo( ctx, 'pw-admin-123' );
		const app = createApp( ctx );
		const admin = basicAuth( 'admin', 'pw-admin-123' );

		const customers = (
			await request( app )
				.get( `${ API }/customers?per_page=100` )
				.set( 'Authorization', admin )
				.expect( 200 )
		).body as { username: string; card: unknown }[];
		expect(
			Object.fromEntries(
				customers.map( ( c ) => [ c.username, c.card ] )
			)
		).toEqual( {
			frida: null,
			bjorn: { brand: 'test', last4: '4242' },
			petra: { brand: 'test', last4: '4242' },
		} );

		const moved = await request( app )
			.put( `${ API }/clock` )
			.set( 'Authorization', admin )
			.send( { now: '2026-04-11T12:00:00Z' } )
			.expect( 200 );
		const results = (
			moved.body.processed as { result: string; amount: number }[]
		 ).map( ( p ) => [ p.result, p.amount ] );
		expect( results ).toEqual(
			expect.arrayContaining( [
				[ 'renewed', 2900 ],
				[ 'renewed', 9900 ],
			] )
		);
		expect( results.map( ( [ result ] ) => result ) ).not.toContain(
			'on-hold'
		);
		const memberships = (
			await request( app )
				.get( `${ API }/memberships?per_page=100` )
				.set( 'Authorization', admin )
				.expect( 200 )
		).body as { status: string; period_end: string }[];
		expect( memberships.map( ( m ) => m.status ) ).toEqual( [
			'active',
			'active',
			'active',
		] );
		expect(
			memberships.every(
				( m ) => m.period_end === '2026-05-11T10:00:00Z'
			)
		).toBe( true );
	} );
} );
