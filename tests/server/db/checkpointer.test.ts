import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startCheckpointer } from '../../../server/src/db/checkpointer';
import { openDatabase } from '../../../server/src/db/connection';

/** Resolves once `done()` holds, checking every 5 ms; rejects after `ms`. */
async function until( done: () => boolean, ms = 5000 ): Promise< void > {
	const deadline = Date.now() + ms;
	while ( ! done() ) {
		if ( Date.now() > deadline ) {
			throw new Error( `not done within ${ ms } ms` );
		}
		await new Promise( ( resolve ) => setTimeout( resolve, 5 ) );
	}
}

// The background checkpointer keeps the WAL short while the serving connection writes.
describe( 'startCheckpointer', () => {
	it( 'checkpoints what the serving connection wrote while it goes on writing, so the WAL is reused instead of growing', async () => {
		const dir = fs.mkdtempSync( path.join( os.tmpdir(), 'wu-ckpt-' ) );
		const file = path.join( dir, 'db.sqlite' );
		const db = openDatabase( file );
		// Only the checkpointer may checkpoint: without it the WAL would hold every round.
		db.pragma( 'wal_autocheckpoint = 0' );
		db.exec( 'CREATE TABLE t ( id INTEGER PRIMARY KEY, v TEXT )' );
		const checkpointer = startCheckpointer( file, 20 );
		const insert = db.prepare( 'INSERT INTO t ( v ) VALUES ( ? )' );
		const round = () =>
			db.transaction( () => {
				for ( let i = 0; i < 100; i++ ) {
					insert.run( 'x'.repeat( 200 ) );
				}
			} )();
		round();
		const oneRound = fs.statSync( `${ file }-wal` ).size;
		for ( let n = 1; n < 10; n++ ) {
			const before = checkpointer.checkpoints();
			await until( () => checkpointer.checkpoints() > before );
			round(); // starts the WAL over: everything before it is in the database
		}
		// Ten rounds, yet the WAL never grew past about two of them.
		expect( fs.statSync( `${ file }-wal` ).size ).toBeLessThan(
			3 * oneRound
		);
		await checkpointer.stop();
		expect(
			(
				db.prepare( 'SELECT COUNT(*) AS n FROM t' ).get() as {
					n: number;
				}
			 ).n
		).toBe( 1000 );
		db.close();
		fs.rmSync( dir, { recursive: true, force: true } );
	} );
} );
