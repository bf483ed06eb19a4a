import fs from 'node:fs';
import path from 'node:path';
import { migrate, openDatabase } from '../../../server/src/db/connection';
import { EventRepository } from '../../../server/src/db/event-repository';

const MIGRATIONS = path.resolve(
	__dirname,
	'../../../server/src/db/migrations'
);

// Decision 55: a network that had events before migration 0010 does not e-mail about them.
describe( 'migration 0010 (emails)', () => {
	it( 'starts the e-mails after the events that existed before it, and at the first event on a new network', () => {
		const db = openDatabase( ':memory:' );
		for ( const name of fs.readdirSync( MIGRATIONS ).sort() ) {
			if ( Number( name.slice( 0, 4 ) ) < 10 ) {
				db.exec(
					fs.readFileSync( path.join( MIGRATIONS, name ), 'utf8' )
				);
			}
		}
		db.pragma( 'user_version = 9' );
		const events = new EventRepository( db );
		const before = events.append( {
			type: 'product.created',
			createdAt: '2026-03-01T00:00:00Z',
			objectType: 'product',
			object: { id: 1 },
			customerId: null,
		} );
		migrate( db );
		expect( events.cursor( 'emails' ) ).toBe( before.id );

		const fresh = openDatabase( ':memory:' );
		migrate( fresh );
		expect( new EventRepository( fresh ).cursor( 'emails' ) ).toBe( 0 );
	} );
} );
