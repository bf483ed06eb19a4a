// `npm run bench`: fills a fresh SQLite file with a network at scale, then measures in one run
// (a) POST /memberships/{id}/quote against a bare Express 5 JSON route, (b) visits ingestion in
// batches, (c) the period-end job over every membership, (d) the admin lists, and writes
// docs/benchmarks.md.
// Loopback only; every load is bounded in time. Environment: BENCH_SIZE (memberships, default
// 100000), BENCH_SECONDS (each load, default 10), BENCH_CONNECTIONS (default 4), BENCH_BATCH
// (visits per request, default 5000), BENCH_DOCS=0 to leave docs/benchmarks.md alone.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { generateNetwork } from './bench/generate';
import { listLatencies, varyStatuses } from './bench/lists';
import { figures, load, startServer, type LoadFigures } from './bench/load';
import { writeReport, type BenchReport } from './bench/report';
import { cacheRows, measureCaches } from './bench/cache-figures';

const SIZE = Number( process.env.BENCH_SIZE ?? 100_000 );
const SECONDS = Number( process.env.BENCH_SECONDS ?? 10 );
const CONNECTIONS = Number( process.env.BENCH_CONNECTIONS ?? 4 );
const BATCH = Number( process.env.BENCH_BATCH ?? 5000 );
/** Seconds of load before each server is measured: long enough to touch most pages of the tables a quote reads. */
const WARM_SECONDS = 5;
const NOW = '2026-03-11T10:00:00Z';
const HOT_SITES = 100;
const HOT_LIMIT = 100;
const ROOT = path.resolve( __dirname, '..' );

function log( message: string ): void {
	process.stdout.write( `${ message }\n` );
}

/** Two halves as one run: throughput over the whole time, p50 the mean, p99 the worse. */
function combine( parts: LoadFigures[] ): LoadFigures {
	const seconds = parts.reduce( ( sum, p ) => sum + p.seconds, 0 );
	const total = parts.reduce( ( sum, p ) => sum + p.total, 0 );
	return {
		requestsPerSecond: total / seconds,
		p50: parts.reduce( ( sum, p ) => sum + p.p50, 0 ) / parts.length,
		p99: Math.max( ...parts.map( ( p ) => p.p99 ) ),
		total,
		non2xx: parts.reduce( ( sum, p ) => sum + p.non2xx, 0 ),
		errors: parts.reduce( ( sum, p ) => sum + p.errors, 0 ),
		seconds,
	};
}

async function quoteVersusBare(
	file: string,
	admin: string,
	products: { premium: number; visits: number }
): Promise< {
	bare: LoadFigures;
	quote: LoadFigures;
	inThread: LoadFigures;
	single: LoadFigures;
	me: LoadFigures;
} > {
	const bodies = [
		JSON.stringify( {
			plan_id: products.premium,
			duration: 1,
			duration_unit: 'year',
		} ),
		JSON.stringify( {
			addons: [ { product_id: products.visits, quantity: 1 } ],
		} ),
	];
	const headers = {
		'content-type': 'application/json',
		authorization: admin,
	};
	let turn = 0;

	// Both servers run side by side (the idle one costs nothing) and are measured in alternating
	// halves, so that other work on the machine weighs on both alike.
	const bareServer = await startServer( [ 'bare' ] );
	const app = await startServer( [ 'app', file, NOW ] );
	// The same app pricing quotes in its request thread (no quote workers, decision 38).
	const inThreadApp = await startServer( [ 'app', file, NOW ], {
		WU_QUOTE_WORKERS: '0',
	} );
	const bareOptions = {
		url: bareServer.url,
		connections: CONNECTIONS,
		requests: [
			{
				method: 'POST',
				path: '/bare',
				headers,
				setupRequest: ( r: object ) => ( {
					...r,
					body: bodies[ turn++ % 2 ],
				} ),
			},
		],
	};
	const quoteOptions = {
		url: app.url as string,
		connections: CONNECTIONS,
		requests: [
			{
				method: 'POST',
				headers,
				setupRequest: ( r: object ) => ( {
					...r,
					path: `/wp-json/wu/v2/memberships/${ 1 + Math.floor( Math.random() * SIZE ) }/quote`,
					body: bodies[ turn++ % 2 ],
				} ),
			},
		],
	};
	// The floor of any route of the app: Express router, Basic auth (cached), the REST layer.
	const meOptions = {
		url: app.url,
		connections: CONNECTIONS,
		requests: [
			{ method: 'GET', path: '/wp-json/wu/v2/users/me', headers },
		],
	};
	await load( { ...bareOptions, duration: WARM_SECONDS } );
	// Warm-up: the Basic credential is verified once, then cached; the memory map is filled in.
	await load( { ...quoteOptions, duration: WARM_SECONDS } );
	const inThreadOptions = { ...quoteOptions, url: inThreadApp.url };
	await load( { ...inThreadOptions, duration: WARM_SECONDS } );
	const halves = {
		bare: [] as LoadFigures[],
		me: [] as LoadFigures[],
		quote: [] as LoadFigures[],
		inThread: [] as LoadFigures[],
	};
	for ( let half = 0; half < 2; half++ ) {
		halves.bare.push(
			figures( await load( { ...bareOptions, duration: SECONDS / 2 } ) )
		);
		halves.quote.push(
			figures( await load( { ...quoteOptions, duration: SECONDS / 2 } ) )
		);
		halves.inThread.push(
			figures(
				await load( { ...inThreadOptions, duration: SECONDS / 2 } )
			)
		);
		halves.me.push(
			figures( await load( { ...meOptions, duration: SECONDS / 4 } ) )
		);
	}
	const bare = combine( halves.bare );
	const quote = combine( halves.quote );
	const inThread = combine( halves.inThread );
	const me = combine( halves.me );
	// The latency of one request at a time, without queueing behind the other connections.
	const single = figures(
		await load( {
			...quoteOptions,
			connections: 1,
			duration: Math.max( 3, Math.round( SECONDS / 2 ) ),
		} )
	);
	await app.stop();
	await inThreadApp.stop();
	await bareServer.stop();
	return { bare, quote, inThread, single, me };
}

async function visitsIngestion(
	file: string,
	admin: string,
	sites: number
): Promise< BenchReport[ 'visits' ] > {
	const db = new Database( file );
	const override = db.prepare(
		'INSERT OR REPLACE INTO site_limit_overrides ( site_id, limits, updated_at ) VALUES ( ?, ?, ? )'
	);
	db.transaction( () => {
		for ( let site = 1; site <= HOT_SITES; site++ ) {
			override.run(
				site,
				JSON.stringify( { visits: HOT_LIMIT } ),
				'2026-03-01T00:00:00.000Z'
			);
		}
	} )();
	db.close();

	let sequence = 0;
	const batch = (): string => {
		const parts: string[] = new Array( BATCH );
		let site = 1;
		for ( let i = 0; i < BATCH; i++ ) {
			// 5% of the visits go to the hundred small-limit sites; 1 in 20 repeats the previous visit.
			const repeat = i % 20 === 19;
			if ( ! repeat ) {
				site =
					i % 20 === 0
						? 1 + ( sequence % HOT_SITES )
						: 1 + Math.floor( Math.random() * sites );
				sequence++;
			}
			parts[ i ] =
				`{"site_id":${ site },"visitor":"visitor-${ sequence }","at":"2026-03-11T09:${ String( i % 60 ).padStart( 2, '0' ) }:00Z"}`;
		}
		return `[${ parts.join( ',' ) }]`;
	};
	const counted = {
		recorded: 0,
		duplicates: 0,
		batches: 0,
		overLimitSites: new Set< number >(),
	};
	const app = await startServer( [ 'app', file, NOW ] );
	// The same app pricing quotes in its request thread (no quote workers, decision 38).
	const inThreadApp = await startServer( [ 'app', file, NOW ], {
		WU_QUOTE_WORKERS: '0',
	} );
	const requests = [
		{
			method: 'POST',
			path: '/wp-json/wu/v2/visits',
			headers: {
				'content-type': 'application/json',
				authorization: admin,
			},
			setupRequest: ( r: object ) => ( { ...r, body: batch() } ),
			onResponse: ( status: number, body: string ) => {
				if ( status === 200 ) {
					const answer = JSON.parse( body ) as {
						recorded: number;
						duplicates: number;
						over_limit: { site_id: number }[];
					};
					counted.recorded += answer.recorded;
					counted.duplicates += answer.duplicates;
					counted.batches++;
					for ( const over of answer.over_limit ) {
						counted.overLimitSites.add( over.site_id );
					}
				}
			},
		},
	];
	await load( {
		url: app.url,
		connections: 2,
		duration: WARM_SECONDS,
		requests,
	} ); // warm-up
	const warm = { ...counted };
	const result = figures(
		await load( {
			url: app.url,
			connections: 2,
			duration: SECONDS,
			requests,
		} )
	);
	await app.stop();
	const check = new Database( file, { readonly: true } );
	const rows = (
		check.prepare( 'SELECT COUNT(*) AS n FROM site_visits' ).get() as {
			n: number;
		}
	 ).n;
	const counters = (
		check
			.prepare(
				'SELECT COALESCE( SUM( visits ), 0 ) AS n FROM site_visit_counts'
			)
			.get() as { n: number }
	 ).n;
	check.close();
	const measuredBatches = counted.batches - warm.batches;
	// NOTE: autocannon stops without reading the answers still in flight (≤ 2 connections × 2 runs),
	// so the table may hold up to 4 batches more than the answers counted.
	return {
		load: result,
		batch: BATCH,
		visitsPerMinute: ( measuredBatches * BATCH * 60 ) / result.seconds,
		recorded: counted.recorded,
		duplicates: counted.duplicates,
		overLimitSites: counted.overLimitSites.size,
		rowsAfter: rows,
		countersAfter: counters,
	};
}

function periodEndJob(
	file: string,
	until: string
): BenchReport[ 'renewals' ] {
	const run = () =>
		JSON.parse(
			execFileSync(
				process.execPath,
				[
					'--import',
					'tsx',
					path.join( ROOT, 'scripts/bench/renewals.ts' ),
					file,
					until,
				],
				{ cwd: ROOT, encoding: 'utf8', timeout: 900_000 }
			)
		) as {
			seconds: number;
			events: number;
			results: Record< string, number >;
		};
	const first = run();
	const again = run();
	const db = new Database( file, { readonly: true } );
	const one = ( sql: string ) =>
		( db.prepare( sql ).get() as { n: number } ).n;
	const verified = {
		renewalPayments: one(
			"SELECT COUNT(*) AS n FROM payments WHERE kind = 'renewal'"
		),
		membershipsRenewed: one(
			"SELECT COUNT( DISTINCT membership_id ) AS n FROM payments WHERE kind = 'renewal'"
		),
		renewedTwice: one(
			"SELECT COUNT(*) AS n FROM ( SELECT membership_id FROM payments WHERE kind = 'renewal' GROUP BY membership_id HAVING COUNT(*) > 1 )"
		),
		nextPeriodEnds: one(
			"SELECT COUNT(*) AS n FROM memberships WHERE period_end_at = '2026-05-01T00:00:00.000Z'"
		),
	};
	db.close();
	return {
		seconds: first.seconds,
		events: first.events,
		results: first.results,
		eventsOnSecondRun: again.events,
		...verified,
	};
}

function machine(): BenchReport[ 'machine' ] {
	const cpuinfo = fs.existsSync( '/proc/cpuinfo' )
		? fs.readFileSync( '/proc/cpuinfo', 'utf8' )
		: '';
	const model =
		/model name\s*:\s*(.+)/.exec( cpuinfo )?.[ 1 ]?.trim() ??
		os.cpus()[ 0 ]?.model ??
		'unknown';
	let nproc = String( os.availableParallelism() );
	try {
		nproc = execFileSync( 'nproc', { encoding: 'utf8' } ).trim();
	} catch {
		// nproc missing: keep Node's count
	}
	return {
		nproc,
		cpu: model,
		node: process.version,
		os: `${ os.type() } ${ os.release() }`,
		memoryGb: Math.round( os.totalmem() / 2 ** 30 ),
	};
}

async function main() {
	const dir = fs.mkdtempSync( path.join( os.tmpdir(), 'wu-bench-' ) );
	const file = path.join( dir, 'network.sqlite' );
	try {
		log(
			`Generating ${ SIZE } customers, ${ SIZE } memberships, ${ SIZE * 3 } sites into ${ file } …`
		);
		const network = generateNetwork( file, SIZE );
		log( `… done in ${ network.seconds.toFixed( 1 ) } s` );
		const admin = `Basic ${ Buffer.from( `admin:${ network.adminPassword }` ).toString( 'base64' ) }`;

		log(
			'(caches) each hand-made cache on and off in alternating rounds …'
		);
		const caches = measureCaches(
			file,
			NOW,
			network.products,
			network.adminPassword
		);
		log(
			cacheRows( caches )
				.map( ( row ) => row.join( ' | ' ) )
				.join( '\n' )
		);

		log(
			`(a) POST /memberships/{id}/quote vs a bare Express route, ${ SECONDS } s each, ${ CONNECTIONS } connections …`
		);
		const loadBefore = os.loadavg()[ 0 ];
		const { bare, quote, inThread, single, me } = await quoteVersusBare(
			file,
			admin,
			network.products
		);
		log( `(b) POST /visits in batches of ${ BATCH }, ${ SECONDS } s …` );
		const visits = await visitsIngestion( file, admin, network.sites );
		log( `(c) the period-end job over ${ SIZE } due memberships …` );
		const renewals = periodEndJob( file, network.periodEnd );
		log(
			`(d) the admin lists (GET /memberships, /customers, /payments) …`
		);
		varyStatuses( file );
		const lists = await listLatencies( file, NOW, admin, SIZE );

		const report: BenchReport = {
			date: new Date().toISOString(),
			command: 'npm run bench',
			settings: {
				size: SIZE,
				seconds: SECONDS,
				warmSeconds: WARM_SECONDS,
				connections: CONNECTIONS,
				batch: BATCH,
			},
			machine: machine(),
			loadAverage: { before: loadBefore, after: os.loadavg()[ 0 ] },
			generation: {
				seconds: network.seconds,
				customers: network.customers,
				memberships: network.memberships,
				sites: network.sites,
			},
			bare,
			quote,
			inThread,
			single,
			me,
			visits,
			caches,
			renewals,
			lists,
		};
		const { table, markdown } = writeReport( report );
		log( table );
		if ( process.env.BENCH_DOCS !== '0' ) {
			fs.writeFileSync(
				path.join( ROOT, 'docs/benchmarks.md' ),
				markdown
			);
			log( 'Wrote docs/benchmarks.md' );
		}
	} finally {
		fs.rmSync( dir, { recursive: true, force: true } );
	}
}

main().catch( ( error ) => {
	process.stderr.write(
		`${ error instanceof Error ? error.stack : String( error ) }\n`
	);
	process.exit( 1 );
} );
