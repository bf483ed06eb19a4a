// The hand-made caches' A/B benchmark, in its own process over a generated network: for each
// cache, the user-level work that uses it, timed with the cache on (A) and off (B) in alternating
// rounds (ab-rounds.ts), one cache at a time; prints one JSON line of CacheFigure[].
//   node --import tsx scripts/bench/caches.ts <db file> <clock instant> <premium id> <visits id> <admin password>
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createContext } from '../../server/src/compose';
import {
	inReadSnapshot,
	migrate,
	openDatabase,
} from '../../server/src/db/connection';
import {
	CACHE_NAMES,
	setCacheEnabled,
	type CacheName,
} from '../../server/src/domain/cache-switches';
import type { PartialTarget } from '../../server/src/domain/resolve-target';
import { createApp } from '../../server/src/http/app';
import { withLocale, type Locale } from '../../server/src/i18n';
import { TestClock } from '../../server/src/services/clock';
import { priceMembershipChange } from '../../server/src/services/price-membership-change';
import { recordVisits } from '../../server/src/services/record-visits';
import { measureAB, type Work } from './ab-rounds';
import type { CacheFigure } from './cache-figures';

const QUOTES = 400;
const VISITS = 200;
const PAGES = 200;

const [ file, now, premium, visitsAddon, password ] = process.argv.slice( 2 );
const db = openDatabase( file );
migrate( db );
/** The built admin UI, or a stand-in: a page's HTML only needs its entry point to exist. */
function buildDir(): string {
	const built = path.resolve( __dirname, '../../build' );
	if ( fs.existsSync( path.join( built, 'index.js' ) ) ) {
		return built;
	}
	const dir = fs.mkdtempSync( path.join( os.tmpdir(), 'wu-bench-build-' ) );
	fs.writeFileSync( path.join( dir, 'index.js' ), '' );
	return dir;
}
const ctx = createContext( {
	db,
	clock: new TestClock( now ),
	log: () => undefined,
	config: { buildDir: buildDir() },
} );
const one = ( sql: string ) => ( db.prepare( sql ).get() as { n: number } ).n;
const memberships = one( 'SELECT MAX( id ) AS n FROM memberships' );
const sites = one( 'SELECT MAX( id ) AS n FROM sites' );

/** The same pseudo-random picks in every round and every run (A and B do the same work). */
function picks( count: number, max: number, seed: number ): number[] {
	let x = seed;
	return Array.from( { length: count }, () => {
		x = ( x * 1103515245 + 12345 ) % 2 ** 31;
		return 1 + ( x % max );
	} );
}

const targets: PartialTarget[] = [
	{ planId: Number( premium ), duration: 1, durationUnit: 'year' },
	{ addons: [ { productId: Number( visitsAddon ), quantity: 1 } ] },
];
const quoted = picks( QUOTES, memberships, 7 );

/** Prices `n` changes as the quote route does (a read snapshot each), in `locale`; the explanation is part of the quote. */
function priceQuotes( locale: Locale ): ( n: number, from: number ) => void {
	return ( n, from ) =>
		withLocale( locale, () => {
			for ( let i = from; i < from + n; i++ ) {
				inReadSnapshot( db, () =>
					priceMembershipChange(
						ctx,
						ctx.memberships.find( quoted[ i % QUOTES ] )!,
						targets[ i % 2 ],
						{ allowOverLimitsNow: true }
					)
				);
			}
		} );
}

const visitBatch = picks( VISITS, sites, 11 ).map( ( siteId, i ) => ( {
	siteId,
	visitor: `bench-visitor-${ i }`,
	at: `${ now.slice( 0, 14 ) }${ String( i % 60 ).padStart( 2, '0' ) }:00Z`,
} ) );

/** Batches of visits as POST /visits records them, rolled back so that every round records the same. */
function recordBatches( n: number ): void {
	for ( let i = 0; i < n; i++ ) {
		db.prepare( 'BEGIN' ).run();
		try {
			recordVisits( ctx, visitBatch );
		} finally {
			db.prepare( 'ROLLBACK' ).run();
		}
	}
}

let server: http.Server | null = null;
const agent = new http.Agent( { keepAlive: true, maxSockets: 1 } );

/** A GET to the app in this process, its answer read to the end. */
function get( url: string, headers: Record< string, string > ) {
	return new Promise< void >( ( resolve, reject ) => {
		const { port } = server!.address() as AddressInfo;
		http.get(
			{ host: '127.0.0.1', port, path: url, headers, agent },
			( res ) => {
				res.resume();
				res.on( 'end', () =>
					res.statusCode === 200
						? resolve()
						: reject( new Error( `${ url }: ${ res.statusCode }` ) )
				);
			}
		).on( 'error', reject );
	} );
}

async function times(
	count: number,
	url: string,
	headers: Record< string, string >
): Promise< void > {
	for ( let i = 0; i < count; i++ ) {
		await get( url, headers );
	}
}

interface Case extends Work {
	caches: CacheName[];
}

const basic = `Basic ${ Buffer.from( `admin:${ password }` ).toString( 'base64' ) }`;
const QUOTE =
	'price a quote (the service in a read snapshot, memberships picked at random)';
const cases: Case[] = [
	{
		caches: [
			'prepared-statements',
			'product-catalogue',
			'currency-exponents',
		],
		operation: `${ QUOTE }, en_US`,
		count: QUOTES,
		round: priceQuotes( 'en_US' ),
	},
	{
		caches: [ 'amount-formats', 'day-formats', 'translators' ],
		operation: `${ QUOTE }, nb_NO`,
		count: QUOTES,
		round: priceQuotes( 'nb_NO' ),
	},
	{
		caches: [ 'merged-limits' ],
		operation: `record a batch of ${ VISITS } visits (POST /visits' use case, rolled back)`,
		count: 20,
		round: recordBatches,
	},
	{
		caches: [ 'locale-files' ],
		operation: 'GET /wp-login.php in Norwegian (HTTP, this process)',
		count: PAGES,
		round: ( n ) =>
			times( n, '/wp-login.php', { 'accept-language': 'nb' } ),
	},
	{
		caches: [ 'basic-credentials' ],
		operation:
			'GET /wp-json/wu/v2/users/me with Basic auth (HTTP, this process)',
		count: 20,
		round: ( n ) =>
			times( n, '/wp-json/wu/v2/users/me', {
				authorization: basic,
			} ),
	},
];

async function main(): Promise< void > {
	// BENCH_CACHES=a,b measures only those (while working on one).
	const only = process.env.BENCH_CACHES
		? process.env.BENCH_CACHES.split( ',' )
		: undefined;
	server = createApp( ctx ).listen( 0, '127.0.0.1' );
	await new Promise( ( resolve ) => server!.once( 'listening', resolve ) );
	const results: CacheFigure[] = [];
	try {
		for ( const work of cases ) {
			for ( const cache of work.caches.filter(
				( name ) => ! only || only.includes( name )
			) ) {
				const started = Date.now();
				results.push( {
					cache,
					operation: work.operation,
					...( await measureAB( work, ( on ) =>
						setCacheEnabled( cache, on )
					) ),
				} );
				process.stderr.write(
					`  ${ cache }: ${ ( ( Date.now() - started ) / 1000 ).toFixed( 1 ) } s\n`
				);
			}
		}
	} finally {
		agent.destroy();
		server.close();
		db.close();
	}
	const missed = CACHE_NAMES.filter(
		( name ) => ! results.some( ( r ) => r.cache === name )
	);
	if ( missed.length > 0 && ! only ) {
		throw new Error( `no A/B case for ${ missed.join( ', ' ) }` );
	}
	process.stdout.write( `${ JSON.stringify( results ) }\n` );
}

main().catch( ( error ) => {
	process.stderr.write(
		`${ error instanceof Error ? error.stack : String( error ) }\n`
	);
	process.exit( 1 );
} );
