import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startCheckpointer } from '../../../server/src/db/checkpointer';
import { openDatabase } from '../../../server/src/db/connection';

// The background checkpointer keeps the WAL short while the serving connection writes.
describe( 'startCheckpointer', () => {
	it( 'checkpoints what the serving connection wrote, without blocking it, and stops cleanly', async () => {
		const dir = fs.mkdtempSync( path.join( os.tmpdir(), 'wu-ckpt-' ) );
		const file = path.join( dir, 'db.sqlite' );
		const db = openDatabase( file );
		db.exec( 'CREATE TABLE t ( id INTEGER PRIMARY KEY, v TEXT )' );
		const checkpointer = startCheckpointer( file, 20 );
		const insert = db.prepare( 'INSERT INTO t ( v ) VALUES ( ? )' );
		for ( let round = 0; round < 10; round++ ) {
			db.transaction( () => {
				for ( let i = 0; i < 100; i++ ) {
					insert.run( 'x'.repeat( 200 ) );
				}
			} )();
			await new Promise( ( resolve ) => setTimeout( resolve, 30 ) );
		}
		await checkpointer.stop();
		const [ state ] = db.pragma( 'wal_checkpoint(PASSIVE)' ) as { busy: number; log: number; checkpointed: number }[];
		expect( state.checkpointed ).toBe( state.log );
		expect( ( db.prepare( 'SELECT COUNT(*) AS n FROM t' ).get() as { n: number } ).n ).toBe( 1000 );
		db.close();
		fs.rmSync( dir, { recursive: true, force: true } );
	} );
} );
