import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate, openDatabase, type Db } from '../../server/src/db/connection';
import {
	startQuotePool,
	type QuotePool,
} from '../../server/src/workers/quote-pool';

/**
 * The quote path as production runs it (decision 38), for the `server-workers` jest project
 * (`WU_TEST_QUOTE_WORKERS=1`, tests/support/quote-workers-env.ts): a database file and one
 * quote worker on it, shared by the apps of one test file. Each app gets the file emptied and
 * migrated afresh (the worker's connection follows the schema), so a worker boots once per file
 * instead of once per test; the previous app's connection is closed. After the file's tests the
 * worker is stopped, and the file fails if no quote went through the worker.
 */
interface Shared {
	dir: string;
	file: string;
	pool: QuotePool;
	db: Db | null;
	priced: number;
}

let shared: Shared | null = null;

/** Whether the apps of this test run price quotes in a worker. */
export function quoteWorkersWanted(): boolean {
	return process.env.WU_TEST_QUOTE_WORKERS === '1';
}

/** Drops every table (their indexes and triggers with them), then migrates: a fresh database in the same file. */
function emptyAndMigrate( db: Db ): void {
	db.pragma( 'foreign_keys = OFF' );
	const tables = db
		.prepare(
			"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
		)
		.all() as { name: string }[];
	db.transaction( () => {
		for ( const { name } of tables ) {
			db.exec( `DROP TABLE "${ name }"` );
		}
		if ( tables.some( ( t ) => t.name === 'products' ) ) {
			db.exec( 'DELETE FROM sqlite_sequence' );
		}
	} )();
	db.pragma( 'user_version = 0' );
	db.pragma( 'foreign_keys = ON' );
	migrate( db );
}

/** A fresh migrated database on the shared file, and a pool whose worker prices every quote (never the request thread). */
export function quoteWorkerDatabase(): { db: Db; pool: QuotePool } {
	if ( ! shared ) {
		const dir = fs.mkdtempSync(
			path.join( os.tmpdir(), 'wu-api-workers-' )
		);
		const file = path.join( dir, 'network.sqlite' );
		const db = openDatabase( file );
		migrate( db );
		shared = { dir, file, pool: startQuotePool( file, 1 ), db, priced: 0 };
		return { db, pool: strict( shared ) };
	}
	shared.db?.close();
	const db = openDatabase( shared.file );
	emptyAndMigrate( db );
	shared.db = db;
	return { db, pool: strict( shared ) };
}

/** The pool, waiting for its worker instead of letting the request thread price while it boots. */
function strict( s: Shared ): QuotePool {
	return {
		...s.pool,
		price: ( request ) =>
			s.pool.started().then( () => {
				const priced = s.pool.price( request );
				if ( ! priced ) {
					throw new Error( 'no quote worker is ready' );
				}
				s.priced++;
				return priced;
			} ),
	};
}

if ( quoteWorkersWanted() && typeof afterAll === 'function' ) {
	afterAll( async () => {
		if ( ! shared ) {
			return;
		}
		const { dir, pool, db, priced } = shared;
		shared = null;
		await pool.stop();
		db?.close();
		fs.rmSync( dir, { recursive: true, force: true } );
		expect( priced ).toBeGreaterThan( 0 );
	} );
}
