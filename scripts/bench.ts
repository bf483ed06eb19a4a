// `npm run bench`: fills a fresh SQLite file with a network at scale, then measures in one run
// (a) POST /memberships/{id}/quote against a bare Express 5 JSON route, (b) visits ingestion in
// batches, (c) the period-end job over every membership, (d) the admin lists, (e) checkouts,
// (f) the reports, and writes
// docs/benchmarks.md.
// Loopback only; every load is bounded in time. Environment: BENCH_SIZE (memberships, default
// 100000), BENCH_SECONDS (each load, default 10), BENCH_CONNECTIONS (default 4), BENCH_BATCH
// (visits per request, default 5000), BENCH_DOCS=0 to leave docs/benchmarks.md alone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateNetwork } from './bench/generate';
import { listLatencies, varyStatuses } from './bench/lists';
import { writeReport, type BenchReport } from './bench/report';
import { cacheRows, measureCaches } from './bench/cache-figures';
import { checkoutThroughput } from './bench/checkout-load';
import { machine, periodEndJob } from './bench/period-end';
import { quoteVersusBare } from './bench/quote-load';
import {
	BATCH,
	CONNECTIONS,
	log,
	NOW,
	ROOT,
	SECONDS,
	SIZE,
	WARM_SECONDS,
} from './bench/settings';
import { visitsIngestion } from './bench/visits-load';
import { reportLatencies } from './bench/reports';

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

		// (f) first: the history starts at each membership's creation (decision 63), before the
		// renewals of (c) add theirs.
		log(
			'(f) GET /reports/summary and /reports/series over a year of history …'
		);
		const reports = await reportLatencies( file, admin, [
			network.products.basic,
			network.products.premium,
		] );

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
		const checkoutCount = Math.min( 5000, SIZE );
		log(
			`(e) ${ checkoutCount } checkouts of open quotes, ${ CONNECTIONS } connections …`
		);
		const checkout = await checkoutThroughput(
			file,
			admin,
			network.products.visits,
			checkoutCount
		);

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
			checkout,
			reports,
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
