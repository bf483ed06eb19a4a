import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { cacheEnabled } from '../domain/cache-switches';

export type Db = Database.Database;

const MIGRATIONS_DIR = path.join( __dirname, 'migrations' );

/** Opens (creating when needed) the SQLite database with WAL and foreign keys on. */
export function openDatabase( file: string ): Db {
	if ( file !== ':memory:' ) {
		fs.mkdirSync( path.dirname( path.resolve( file ) ), {
			recursive: true,
		} );
	}
	const db = new Database( file );
	if ( file !== ':memory:' ) {
		db.pragma( 'journal_mode = WAL' );
		db.pragma( 'synchronous = NORMAL' );
		// NOTE: checkpoint every ~40 MB of WAL instead of ~4 MB: fewer fsyncs under many small
		// transactions (docs/benchmarks.md, the period-end job).
		db.pragma( 'wal_autocheckpoint = 10000' );
		// 64 MB of page cache (the default is 2 MB): a network's sites, visits and memberships stay warm.
		db.pragma( 'cache_size = -65536' );
		// NOTE: reads go through a memory map of up to 1 GiB of the file instead of a read() and a
		// copy per page missing from the cache: a quote for a random membership of 100,000 touches
		// a dozen such pages (docs/benchmarks.md). Pages come from the OS page cache, shared
		// between connections; the WAL is still read with read().
		db.pragma( 'mmap_size = 1073741824' );
	}
	db.pragma( 'foreign_keys = ON' );
	db.pragma( 'busy_timeout = 5000' );
	cachePreparedStatements( db );
	return db;
}

/** Compiled statements kept per connection; more distinct SQL texts than this empties the cache. */
const STATEMENT_CACHE_SIZE = 2000;

/**
 * better-sqlite3 compiles the SQL on every `prepare()`, and repositories prepare where they
 * use a statement; so the connection keeps each compiled statement by its SQL text and hands
 * it out again (about half the cost of a renewal, see docs/benchmarks.md). Safe because
 * statements here are only run with `run`/`get`/`all`, never left iterating or reconfigured
 * (`pluck`, `raw`, `expand`), so sharing one between callers cannot change what they see.
 */
function cachePreparedStatements( db: Db ): void {
	const compile = db.prepare.bind( db );
	const cache = new Map< string, Database.Statement >();
	const prepare = ( sql: string ): Database.Statement => {
		if ( ! cacheEnabled( 'prepared-statements' ) ) {
			return compile( sql );
		}
		let statement = cache.get( sql );
		if ( ! statement ) {
			if ( cache.size >= STATEMENT_CACHE_SIZE ) {
				cache.clear();
			}
			statement = compile( sql );
			cache.set( sql, statement );
		}
		return statement;
	};
	db.prepare = prepare as Db[ 'prepare' ];
}

const snapshots = new WeakSet< Db >();

/** Rows changed by this connection since it opened (`total_changes()`): did anything write? */
export function totalChanges( db: Db ): number {
	return (
		db.prepare( 'SELECT total_changes() AS n' ).get() as { n: number }
	 ).n;
}

/**
 * Runs `read` in ONE read transaction: every statement sees the same snapshot, and the WAL read
 * lock is taken once instead of once per statement (two fcntl calls and an fstat each; a quote
 * makes eight, docs/benchmarks.md). A write in it is a bug: it is rolled back and throws.
 * (Not `PRAGMA query_only`: changing it expires every compiled statement.) Inside a transaction
 * already, `read` simply runs in it. `read` must not await.
 */
export function inReadSnapshot< T >( db: Db, read: () => T ): T {
	if ( db.inTransaction ) {
		return read();
	}
	db.prepare( 'BEGIN' ).run();
	snapshots.add( db );
	let wroteNothing = false;
	try {
		const before = totalChanges( db );
		const result = read();
		if ( totalChanges( db ) !== before ) {
			throw new Error(
				'A read-only request wrote to the database; the write was rolled back.'
			);
		}
		wroteNothing = true;
		return result;
	} finally {
		snapshots.delete( db );
		// SQLite may have ended the transaction itself (an error that rolls back): nothing to end then.
		if ( db.inTransaction ) {
			db.prepare( wroteNothing ? 'COMMIT' : 'ROLLBACK' ).run();
		}
	}
}

/** True inside `inReadSnapshot`: a transaction that wrote nothing and cannot write. */
export function isReadSnapshot( db: Db ): boolean {
	return snapshots.has( db );
}

/**
 * Applies the numbered migrations (`NNNN_name.sql`) newer than `PRAGMA user_version`,
 * each in its own transaction. Returns the version reached.
 */
export function migrate( db: Db ): number {
	const files = fs
		.readdirSync( MIGRATIONS_DIR )
		.filter( ( name ) => /^\d{4}_[a-z0-9_]+\.sql$/.test( name ) )
		.sort();
	let version = db.pragma( 'user_version', { simple: true } ) as number;
	for ( const name of files ) {
		const number = Number( name.slice( 0, 4 ) );
		if ( number <= version ) {
			continue;
		}
		const sql = fs.readFileSync(
			path.join( MIGRATIONS_DIR, name ),
			'utf8'
		);
		db.transaction( () => {
			db.exec( sql );
			db.pragma( `user_version = ${ number }` );
		} )();
		version = number;
	}
	return version;
}
