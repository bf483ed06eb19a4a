import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';

export type Db = Database.Database;

const MIGRATIONS_DIR = path.join( __dirname, 'migrations' );

/** Opens (creating when needed) the SQLite database with WAL and foreign keys on. */
export function openDatabase( file: string ): Db {
	if ( file !== ':memory:' ) {
		fs.mkdirSync( path.dirname( path.resolve( file ) ), { recursive: true } );
	}
	const db = new Database( file );
	if ( file !== ':memory:' ) {
		db.pragma( 'journal_mode = WAL' );
		db.pragma( 'synchronous = NORMAL' );
	}
	db.pragma( 'foreign_keys = ON' );
	db.pragma( 'busy_timeout = 5000' );
	return db;
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
		const sql = fs.readFileSync( path.join( MIGRATIONS_DIR, name ), 'utf8' );
		db.transaction( () => {
			db.exec( sql );
			db.pragma( `user_version = ${ number }` );
		} )();
		version = number;
	}
	return version;
}
