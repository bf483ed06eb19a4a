import fs from 'node:fs';
import path from 'node:path';
import {
	migrate,
	openDatabase,
	type Db,
} from '../../../server/src/db/connection';
import { MembershipRepository } from '../../../server/src/db/membership-repository';

const MIGRATIONS = path.join( __dirname, '../../../server/src/db/migrations' );

/** A database at migration 0003, as it was before instants were guarded (issue 10). */
function databaseBefore0004(): Db {
	const db = openDatabase( ':memory:' );
	for ( const name of fs
		.readdirSync( MIGRATIONS )
		.filter( ( file ) => file < '0004' )
		.sort() ) {
		db.exec( fs.readFileSync( path.join( MIGRATIONS, name ), 'utf8' ) );
	}
	db.pragma( 'user_version = 3' );
	db.exec( `INSERT INTO users ( id, username, email, display_name, role, password_hash, created_at ) VALUES ( 1, 'carla', 'c@example.test', 'Carla', 'customer', 'x', '2026-03-11T10:00:00.000Z' );
		INSERT INTO customers ( id, user_id, created_at ) VALUES ( 1, 1, '2026-03-11T10:00:00.000Z' );
		INSERT INTO products ( id, slug, name, type, pricing_type, amount, currency, recurring, duration, duration_unit, created_at, updated_at )
			VALUES ( 1, 'free', 'Free', 'plan', 'free', 0, 'USD', 1, 1, 'month', '2026-03-11T10:00:00.000Z', '2026-03-11T10:00:00.000Z' );` );
	return db;
}

function addRow( db: Db, id: number, periodEnd: string ): void {
	db.prepare(
		`INSERT INTO memberships ( id, customer_id, status, plan_id, duration, duration_unit, currency, period_start_at, period_end_at, anchor_day, auto_renew, created_at, updated_at )
		VALUES ( ?, 1, 'active', 1, 1, 'month', 'USD', '2026-03-11T10:00:00.000Z', ?, 11, 1, '2026-03-11T10:00:00.000Z', '2026-03-11T10:00:00.000Z' )`
	).run( id, periodEnd );
}

// RULES M6 and R5 in storage: every stored instant has a four-digit year, so the due-renewals
// query may compare them as text; rows from before migration 0004 that break it are set aside.
describe( 'membership instants in SQLite (migration 0004)', () => {
	it( 'records an existing six-digit-year row as a renewal error, so it no longer sorts first as due', () => {
		const db = databaseBefore0004();
		addRow( db, 1, '+012026-03-11T10:00:00.000Z' );
		addRow( db, 2, '2026-04-11T10:00:00.000Z' );
		// The bug: as text, the six-digit year is due before every real instant.
		expect(
			db
				.prepare(
					'SELECT id FROM memberships WHERE period_end_at <= ? ORDER BY period_end_at LIMIT 1'
				)
				.get( '2026-05-01T00:00:00.000Z' )
		).toEqual( { id: 1 } );
		migrate( db );
		const memberships = new MembershipRepository( db );
		expect( memberships.nextDue( '2026-05-01T00:00:00Z' ) ).toEqual( {
			id: 2,
			at: '2026-04-11T10:00:00Z',
		} );
		expect( memberships.renewalState( 1 ).error ).toEqual( {
			at: expect.stringMatching( /^\d{4}-/ ),
			message:
				'A stored date of this membership is not a date of the years 1000–9999. Repair its period end.',
		} );
		expect( memberships.renewalState( 2 ).error ).toBeNull();
		// Still readable, so that the admin can see and repair it.
		expect( memberships.find( 1 )?.periodEnd ).toBe(
			'+012026-03-11T10:00:00.000Z'
		);
	} );

	it( 'refuses, in SQL, an instant that is not fixed-width in the years 1000–9999, on insert and on update', () => {
		const db = openDatabase( ':memory:' );
		migrate( db );
		db.exec( `INSERT INTO users ( id, username, email, display_name, role, password_hash, created_at ) VALUES ( 1, 'carla', 'c@example.test', 'Carla', 'customer', 'x', '2026-03-11T10:00:00.000Z' );
			INSERT INTO customers ( id, user_id, created_at ) VALUES ( 1, 1, '2026-03-11T10:00:00.000Z' );
			INSERT INTO products ( id, slug, name, type, pricing_type, amount, currency, recurring, duration, duration_unit, created_at, updated_at )
				VALUES ( 1, 'free', 'Free', 'plan', 'free', 0, 'USD', 1, 1, 'month', '2026-03-11T10:00:00.000Z', '2026-03-11T10:00:00.000Z' );` );
		for ( const bad of [
			'+012026-03-11T10:00:00.000Z',
			'2026-03-11T10:00:00Z',
			'2026-02-30T00:00:00.000Z',
			'0999-12-31T00:00:00.000Z',
			'soon',
		] ) {
			expect( () => addRow( db, 9, bad ) ).toThrow(
				/an instant is not YYYY-MM-DDTHH:MM:SS.sssZ/
			);
		}
		addRow( db, 1, '2026-04-11T10:00:00.000Z' );
		expect( () =>
			db
				.prepare(
					'UPDATE memberships SET period_end_at = ? WHERE id = 1'
				)
				.run( '+012026-03-11T10:00:00.000Z' )
		).toThrow( /an instant is not/ );
		expect( () =>
			db
				.prepare(
					'UPDATE memberships SET next_retry_at = ? WHERE id = 1'
				)
				.run( '-000001-01-01T00:00:00.000Z' )
		).toThrow( /an instant is not/ );
		expect( () =>
			new MembershipRepository( db ).setRenewalError( 1, {
				at: '+012026-03-11T10:00:00Z',
				message: 'x',
			} )
		).toThrow(
			expect.objectContaining( { code: 'wu_instant_out_of_range' } )
		);
		db.prepare(
			'UPDATE memberships SET period_end_at = ? WHERE id = 1'
		).run( '9999-12-31T23:59:59.999Z' );
	} );
} );
