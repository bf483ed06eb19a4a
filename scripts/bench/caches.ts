// The hand-made caches' A/B benchmark, in its own process over a generated network: for each
// cache, the user-level work that uses it, timed with the cache on (A) and off (B) in alternating
// rounds A B B A A B B A… (after two uncounted pairs); prints one JSON line of CacheFigure[]. Rounds
// are short (~2 ms) and many, so that both sides share the machine's weather and the median
// leaves out the rounds another process interrupted.
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
import type { CacheFigure } from './cache-figures';

/** A round's length on the slower side, when one operation is shorter. */
const ROUND_MS = 2;
/** Time for one cache's counted rounds; within it, between 6 and 100 rounds of each side. */
const BUDGET_MS = Number( process.env.BENCH_CACHE_MS || 2500 );
const MIN_ROUNDS = 6;
const MAX_ROUNDS = 100;
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

interface Case {
	caches: CacheName[];
	operation: string;
	/** At most this many user-level operations per round. */
	count: number;
	/** `n` operations; `from` numbers the first (a round's A and B do the same ones). */
	round: ( n: number, from: number ) => void | Promise< void >;
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

/** Wall-clock and CPU (user + system, all threads) milliseconds of `n` operations. */
async function timed(
	work: Case,
	n: number,
	from: number
): Promise< { wall: number; cpu: number } > {
	const cpu = process.cpuUsage();
	const started = process.hrtime.bigint();
	await work.round( n, from );
	const wall = Number( process.hrtime.bigint() - started ) / 1e6;
	const used = process.cpuUsage( cpu );
	return { wall, cpu: ( used.user + used.system ) / 1000 };
}

function median( values: number[] ): number {
	const sorted = [ ...values ].sort( ( a, b ) => a - b );
	const middle = Math.floor( sorted.length / 2 );
	return sorted.length % 2
		? sorted[ middle ]
		: ( sorted[ middle - 1 ] + sorted[ middle ] ) / 2;
}

interface Side {
	wall: number;
	cpu: number;
}

/**
 * One A round (cache on) and one B round (off) over the same operations, per operation; B first
 * when `offFirst`. The operations run once untimed before, so that the first side does not pay
 * alone for bringing their rows into the CPU's caches.
 */
async function pair(
	cache: CacheName,
	work: Case,
	n: number,
	from: number,
	offFirst: boolean
): Promise< { on: Side; off: Side } > {
	await work.round( n, from );
	const sides: Partial< Record< 'on' | 'off', Side > > = {};
	for ( const on of offFirst ? [ false, true ] : [ true, false ] ) {
		setCacheEnabled( cache, on );
		const t = await timed( work, n, from );
		sides[ on ? 'on' : 'off' ] = { wall: t.wall / n, cpu: t.cpu / n };
	}
	setCacheEnabled( cache, true );
	return sides as { on: Side; off: Side };
}

async function measure( cache: CacheName, work: Case ): Promise< CacheFigure > {
	// Uncounted: a pair to warm the code and the pages, then one to size the rounds.
	const probeSize = Math.max( 1, Math.ceil( work.count / 50 ) );
	await pair( cache, work, probeSize, 0, false );
	const probe = await pair( cache, work, probeSize, 0, true );
	const slower = Math.max( probe.on.wall, probe.off.wall );
	const n = Math.max(
		1,
		Math.min( work.count, Math.round( ROUND_MS / slower ) )
	);
	const quads = Math.max(
		Math.ceil( MIN_ROUNDS / 2 ),
		Math.min(
			Math.floor( MAX_ROUNDS / 2 ),
			Math.floor( BUDGET_MS / ( 6 * n * slower ) )
		)
	);
	// A B then B A over the same operations: a side's place in the sequence weighs on both alike.
	const pairs: { on: Side; off: Side }[] = [];
	const ratios = { wall: [] as number[], cpu: [] as number[] };
	for ( let quad = 0; quad < quads; quad++ ) {
		const ab = await pair( cache, work, n, quad * n, false );
		const ba = await pair( cache, work, n, quad * n, true );
		pairs.push( ab, ba );
		for ( const key of [ 'wall', 'cpu' ] as const ) {
			ratios[ key ].push(
				( ab.off[ key ] + ba.off[ key ] ) /
					( ab.on[ key ] + ba.on[ key ] )
			);
		}
	}
	return {
		cache,
		operation: work.operation,
		rounds: pairs.length,
		count: n,
		onMs: median( pairs.map( ( p ) => p.on.wall ) ),
		offMs: median( pairs.map( ( p ) => p.off.wall ) ),
		ratio: median( ratios.wall ),
		cpuRatio: median( ratios.cpu ),
	};
}

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
				results.push( await measure( cache, work ) );
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
