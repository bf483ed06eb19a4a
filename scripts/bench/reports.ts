// The reports (issue 16: "GET /reports/summary and /reports/series compute from the ledger and the
// events, and answer in < 100 ms at 100k memberships"). The network is given a year of history
// first: every membership's start (the backfill of decision 63), then for one in five a plan or
// status change at an instant spread over the year before NOW, with its membership event, so
// that the aggregates read a history of realistic size. Then each variant is requested one at a
// time against the app in this process, timed from arrival to the end of the answer (as lists.ts).
//   BENCH_SIZE=2000 node --import tsx scripts/bench/reports.ts    (this part alone, small)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { migrate, openDatabase } from '../../server/src/db/connection';
import { EventRepository } from '../../server/src/db/event-repository';
import { ReportRepository } from '../../server/src/db/report-repository';
import { createBillingDeps } from '../../server/src/services/billing-deps';
import { TestClock } from '../../server/src/services/clock';
import { backfillReportHistory } from '../../server/src/services/record-membership-state';
import type { EventType } from '../../server/src/domain/event';
import { generateNetwork } from './generate';
import { timedApp } from './lists';
import { log, NOW, SIZE } from './settings';

export interface ReportVariant {
	name: string;
	example: string;
	requests: number;
	p50: number;
	p95: number;
	max: number;
	cpuP95: number;
}

export interface ReportFigures {
	/** Seconds to start the history of every membership (the start-up backfill). */
	backfillSeconds: number;
	/** Rows of mrr_changes and membership events after the synthetic year. */
	historyRows: number;
	events: number;
	variants: ReportVariant[];
}

const YEAR_MS = 365 * 86_400_000;
const CHANGE_TYPES: EventType[] = [
	'membership.upgraded',
	'membership.downgraded',
	'membership.renewal_failed',
];

/** One in five memberships changes once during the year before NOW: its state row pair and its event. */
function addHistory( file: string, plans: number[] ): number {
	const db = openDatabase( file );
	const reports = new ReportRepository( db );
	const events = new EventRepository( db );
	const ids = db
		.prepare( 'SELECT id, customer_id FROM memberships WHERE id % 5 = 0' )
		.all() as { id: number; customer_id: number }[];
	const end = Date.parse( NOW );
	db.transaction( () => {
		ids.forEach( ( m, i ) => {
			const at = new Date(
				end - YEAR_MS + ( ( i * 7919 ) % 365 ) * 86_400_000
			).toISOString();
			const type = CHANGE_TYPES[ i % CHANGE_TYPES.length ];
			reports.recordState( m.id, at, {
				planId: plans[ i % plans.length ],
				status:
					type === 'membership.renewal_failed' ? 'on-hold' : 'active',
				mrr: type === 'membership.upgraded' ? 8250 : 2900,
			} );
			events.append( {
				type,
				createdAt: at.replace( '.000Z', 'Z' ),
				objectType: 'membership',
				object: { id: m.id },
				customerId: m.customer_id,
			} );
		} );
	} )();
	const rows = (
		db.prepare( 'SELECT COUNT(*) AS n FROM mrr_changes' ).get() as {
			n: number;
		}
	 ).n;
	db.pragma( 'optimize' );
	db.close();
	return rows;
}

const percentile = ( sorted: number[], p: number ) =>
	sorted[ Math.min( sorted.length - 1, Math.ceil( sorted.length * p ) - 1 ) ];

function variants(): [ string, ( i: number ) => string ][] {
	const day = ( i: number ) =>
		new Date( Date.parse( NOW ) - ( ( i * 37 ) % 365 ) * 86_400_000 )
			.toISOString()
			.slice( 0, 10 );
	return [
		[ 'summary now', () => '/reports/summary' ],
		[
			'summary at a day of the past year',
			( i ) => `/reports/summary?at=${ day( i ) }`,
		],
		[ 'mrr, 12 months', () => '/reports/series?metric=mrr&interval=month' ],
		[
			'mrr, 365 days',
			() =>
				`/reports/series?metric=mrr&interval=day&from=${ day( 364 ) }&to=${ NOW }`,
		],
		[
			'upgrades, 52 weeks',
			() =>
				`/reports/series?metric=upgrades&interval=week&from=${ day( 364 ) }&to=${ NOW }`,
		],
		[
			'failed_renewals, 365 days',
			() =>
				`/reports/series?metric=failed_renewals&interval=day&from=${ day( 364 ) }&to=${ NOW }`,
		],
		[
			'revenue, 12 months',
			() => '/reports/series?metric=revenue&interval=month',
		],
		[
			'revenue, 365 days',
			() =>
				`/reports/series?metric=revenue&interval=day&from=${ day( 364 ) }&to=${ NOW }`,
		],
		[
			'credit_issued, 12 months',
			() => '/reports/series?metric=credit_issued&interval=month',
		],
	];
}

/** Starts the history (timed), adds the synthetic year, then measures each variant `count` times. */
export async function reportLatencies(
	file: string,
	admin: string,
	plans: number[],
	count = 100
): Promise< ReportFigures > {
	const db = openDatabase( file );
	migrate( db );
	const started = performance.now();
	backfillReportHistory( createBillingDeps( db, new TestClock( NOW ) ) );
	const backfillSeconds = ( performance.now() - started ) / 1000;
	db.close();
	const historyRows = addHistory( file, plans );
	const app = await timedApp( file, NOW );
	const results: ReportVariant[] = [];
	try {
		for ( const [ name, pathOf ] of variants() ) {
			const times: number[] = [];
			const cpus: number[] = [];
			for ( let i = 0; i < count + 10; i++ ) {
				const res = await fetch(
					`${ app.url }/wp-json/wu/v2${ pathOf( i ) }`,
					{
						headers: { authorization: admin },
					}
				);
				const body = await res.text();
				if ( res.status !== 200 ) {
					throw new Error(
						`${ pathOf( i ) }: ${ res.status } ${ body }`
					);
				}
				if ( i >= 10 ) {
					times.push( app.last().wall );
					cpus.push( app.last().cpu );
				}
			}
			times.sort( ( a, b ) => a - b );
			cpus.sort( ( a, b ) => a - b );
			results.push( {
				name,
				example: pathOf( 1 ),
				requests: times.length,
				p50: percentile( times, 0.5 ),
				p95: percentile( times, 0.95 ),
				max: times[ times.length - 1 ],
				cpuP95: percentile( cpus, 0.95 ),
			} );
		}
	} finally {
		await app.stop();
	}
	const check = openDatabase( file );
	const events = (
		check.prepare( 'SELECT COUNT(*) AS n FROM events' ).get() as {
			n: number;
		}
	 ).n;
	check.close();
	return { backfillSeconds, historyRows, events, variants: results };
}

const ms = ( n: number ) => `${ n.toFixed( n < 10 ? 2 : 1 ) } ms`;

/** The report's row [what, measured, goal, met], judged by the worst variant. */
export function reportRows( figures: ReportFigures | undefined ): string[][] {
	if ( ! figures ) {
		return [];
	}
	const worst = figures.variants.reduce( ( a, b ) =>
		b.p95 > a.p95 ? b : a
	);
	return [
		[
			`(f) GET /reports/summary and /reports/series: server time, worst of ${ figures.variants.length } variants, ${ worst.requests } requests each`,
			`p95 ${ ms( worst.p95 ) } (worst: ${ worst.name })`,
			'< 100 ms',
			worst.p95 < 100 ? 'met' : '**missed**',
		],
	];
}

/** The markdown section listing every variant. */
export function reportSection( figures: ReportFigures | undefined ): string {
	if ( ! figures ) {
		return '';
	}
	return `## (f) The reports, variant by variant

This part alone: \`BENCH_SIZE=100000 node --import tsx scripts/bench/reports.ts\`.
History: every membership's start (the start-up backfill, ${ figures.backfillSeconds.toFixed( 1 ) } s), then one in five
changed once over the year before ${ NOW } with its event: ${ figures.historyRows.toLocaleString( 'en-US' ) } rows of \`mrr_changes\`,
${ figures.events.toLocaleString( 'en-US' ) } events. Server time as in (d), one request at a time.

| variant | example | p50 | p95 | max | CPU p95 |
|---|---|---|---|---|---|
${ figures.variants
	.map(
		( v ) =>
			`| ${ v.name } | \`${ v.example }\` | ${ ms( v.p50 ) } | ${ ms( v.p95 ) } | ${ ms( v.max ) } | ${ ms( v.cpuP95 ) } |`
	)
	.join( '\n' ) }
`;
}

/** `node --import tsx scripts/bench/reports.ts`: this part alone over a fresh network of BENCH_SIZE. */
async function alone(): Promise< void > {
	const dir = fs.mkdtempSync( path.join( os.tmpdir(), 'wu-bench-reports-' ) );
	try {
		const network = generateNetwork(
			path.join( dir, 'network.sqlite' ),
			SIZE
		);
		const admin = `Basic ${ Buffer.from( `admin:${ network.adminPassword }` ).toString( 'base64' ) }`;
		const figures = await reportLatencies( network.file, admin, [
			network.products.basic,
			network.products.premium,
		] );
		log( reportRows( figures )[ 0 ].join( ' | ' ) );
		log( reportSection( figures ) );
	} finally {
		fs.rmSync( dir, { recursive: true, force: true } );
	}
}

if ( process.argv[ 1 ]?.endsWith( path.join( 'bench', 'reports.ts' ) ) ) {
	alone().catch( ( error ) => {
		process.stderr.write( `${ String( error?.stack ?? error ) }\n` );
		process.exit( 1 );
	} );
}
