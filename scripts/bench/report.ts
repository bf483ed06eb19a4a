// The benchmark's table for the terminal and docs/benchmarks.md, goals included.
import type { LoadFigures } from './load';
import { cachesSection, type CacheFigure } from './cache-figures';
import { checkoutRows, type CheckoutFigures } from './checkout-load';
import { listRows, listSection, type ListVariant } from './lists';
import { reportRows, reportSection, type ReportFigures } from './reports';
import { NOTES } from './notes';

export interface BenchReport {
	date: string;
	command: string;
	settings: {
		size: number;
		seconds: number;
		warmSeconds: number;
		connections: number;
		batch: number;
	};
	machine: {
		nproc: string;
		cpu: string;
		node: string;
		os: string;
		memoryGb: number;
	};
	generation: {
		seconds: number;
		customers: number;
		memberships: number;
		sites: number;
	};
	/** 1-minute load average when the HTTP loads began and when everything ended (other work on the machine shows here). */
	loadAverage: { before: number; after: number };
	bare: LoadFigures;
	quote: LoadFigures;
	/** The quote priced in the request thread (WU_QUOTE_WORKERS=0). */
	inThread: LoadFigures;
	/** The quote at one connection: latency without queueing. */
	single: LoadFigures;
	/** GET /users/me of the app: router, auth and REST layer without billing work. */
	me: LoadFigures;
	visits: {
		load: LoadFigures;
		batch: number;
		visitsPerMinute: number;
		recorded: number;
		duplicates: number;
		overLimitSites: number;
		rowsAfter: number;
		countersAfter: number;
	};
	/** Each hand-made cache on and off (scripts/bench/caches.ts). */
	caches?: CacheFigure[];
	renewals: {
		seconds: number;
		events: number;
		results: Record< string, number >;
		eventsOnSecondRun: number;
		renewalPayments: number;
		membershipsRenewed: number;
		renewedTwice: number;
		nextPeriodEnds: number;
	};
	/** (d) The admin lists (scripts/bench/lists.ts). */
	lists?: ListVariant[];
	/** (e) Checkouts of open quotes (scripts/bench/checkout-load.ts). */
	checkout?: CheckoutFigures;
	/** (f) The reports (scripts/bench/reports.ts). */
	reports?: ReportFigures;
}

const int = ( n: number ) => Math.round( n ).toLocaleString( 'en-US' );
const ms = ( n: number ) => `${ n.toFixed( n < 10 ? 2 : 1 ) } ms`;
const yes = ( ok: boolean ) => ( ok ? 'met' : '**missed**' );
const perRequest = ( f: LoadFigures ) =>
	`${ ( 1000 / f.requestsPerSecond ).toFixed( 2 ) } ms`;

/** The rows [what, measured, goal, met]. */
function rows( r: BenchReport ): string[][] {
	const ratio = r.quote.requestsPerSecond / r.bare.requestsPerSecond;
	const exactlyOnce =
		r.renewals.events === r.settings.size &&
		r.renewals.renewalPayments === r.settings.size &&
		r.renewals.membershipsRenewed === r.settings.size &&
		r.renewals.renewedTwice === 0 &&
		r.renewals.eventsOnSecondRun === 0 &&
		r.renewals.nextPeriodEnds === r.settings.size;
	return [
		[
			'bare Express 5 JSON route: requests/s',
			int( r.bare.requestsPerSecond ),
			'',
			'',
		],
		[
			'bare route: p50 / p99',
			`${ ms( r.bare.p50 ) } / ${ ms( r.bare.p99 ) }`,
			'',
			'',
		],
		[
			'the app’s floor, GET /users/me (router, Basic auth, REST layer): requests/s',
			`${ int( r.me.requestsPerSecond ) } (${ ( r.me.requestsPerSecond / r.bare.requestsPerSecond ).toFixed( 2 ) } of bare)`,
			'',
			'',
		],
		[
			'(a) POST /memberships/{id}/quote: requests/s',
			int( r.quote.requestsPerSecond ),
			'',
			'',
		],
		[
			'(a) quote: p50 / p99',
			`${ ms( r.quote.p50 ) } / ${ ms( r.quote.p99 ) }`,
			'p99 < 10 ms',
			yes( r.quote.p99 < 10 ),
		],
		[
			'(a) quote at 1 connection: requests/s, p50 / p99',
			`${ int( r.single.requestsPerSecond ) }, ${ ms( r.single.p50 ) } / ${ ms( r.single.p99 ) }`,
			'',
			'',
		],
		[
			'(a) quote ÷ bare throughput',
			ratio.toFixed( 2 ),
			'≥ 0.6',
			yes( ratio >= 0.6 ),
		],
		[
			'(a) for comparison, priced in the request thread (no quote worker): requests/s, ÷ bare',
			`${ int( r.inThread.requestsPerSecond ) }, ${ ( r.inThread.requestsPerSecond / r.bare.requestsPerSecond ).toFixed( 2 ) }`,
			'',
			'',
		],
		[
			'(a) quote workers A/B (decision 38): quote with workers ÷ priced in the request thread',
			(
				r.quote.requestsPerSecond / r.inThread.requestsPerSecond
			).toFixed( 2 ),
			'> 1.05',
			yes(
				r.quote.requestsPerSecond / r.inThread.requestsPerSecond > 1.05
			),
		],
		[
			'(a) quote non-2xx / errors',
			`${ r.quote.non2xx } / ${ r.quote.errors }`,
			'0 / 0',
			yes( r.quote.non2xx === 0 && r.quote.errors === 0 ),
		],
		[
			`(b) POST /visits, ${ int( r.visits.batch ) } per batch: visits/min`,
			int( r.visits.visitsPerMinute ),
			'≥ 1,000,000',
			yes( r.visits.visitsPerMinute >= 1_000_000 ),
		],
		[
			'(b) visits: batches/s, p50 / p99 per batch',
			`${ r.visits.load.requestsPerSecond.toFixed( 1 ) }, ${ ms( r.visits.load.p50 ) } / ${ ms( r.visits.load.p99 ) }`,
			'',
			'',
		],
		[
			'(b) answers: recorded + duplicates; table rows; month counters',
			`${ int( r.visits.recorded ) } + ${ int( r.visits.duplicates ) }; ${ int( r.visits.rowsAfter ) }; ${ int( r.visits.countersAfter ) }`,
			'rows = counters ≥ recorded',
			yes(
				r.visits.rowsAfter === r.visits.countersAfter &&
					r.visits.rowsAfter >= r.visits.recorded &&
					r.visits.rowsAfter - r.visits.recorded <=
						4 * r.visits.batch &&
					r.visits.load.non2xx === 0
			),
		],
		[
			'(b) sites reported over their visits limit',
			int( r.visits.overLimitSites ),
			'',
			'',
		],
		[
			`(c) period-end job over ${ int( r.settings.size ) } due memberships`,
			`${ r.renewals.seconds.toFixed( 1 ) } s (${ int( r.renewals.events / r.renewals.seconds ) }/s)`,
			'< 60 s',
			yes( r.renewals.seconds < 60 ),
		],
		[
			'(c) each applied exactly once',
			`${ int( r.renewals.renewalPayments ) } renewal payments, ${ int( r.renewals.membershipsRenewed ) } memberships, ${ r.renewals.renewedTwice } twice, ${ r.renewals.eventsOnSecondRun } due on a second run`,
			`${ int( r.settings.size ) }, ${ int( r.settings.size ) }, 0, 0`,
			yes( exactlyOnce ),
		],
		...listRows( r.lists ?? [] ),
		...checkoutRows( r.checkout ),
		...reportRows( r.reports ),
	];
}

function pad( cells: string[][] ): string {
	const widths = cells[ 0 ].map( ( _, i ) =>
		Math.max( ...cells.map( ( row ) => row[ i ].length ) )
	);
	return cells
		.map( ( row ) =>
			row.map( ( cell, i ) => cell.padEnd( widths[ i ] ) ).join( ' | ' )
		)
		.join( '\n' );
}

export function writeReport( r: BenchReport ): {
	table: string;
	markdown: string;
} {
	const body = rows( r );
	const table = pad( [ [ 'benchmark', 'measured', 'goal', '' ], ...body ] );
	const markdown = `# Benchmarks

Generated by \`${ r.command }\` (scripts/bench.ts) on ${ r.date }; rerun it to refresh this page.

**Machine**: ${ r.machine.nproc } cores (\`nproc\`), ${ r.machine.cpu }, ${ r.machine.memoryGb } GB, ${ r.machine.os }, Node ${ r.machine.node }.
1-minute load average ${ r.loadAverage.before.toFixed( 2 ) } when the HTTP loads began, ${ r.loadAverage.after.toFixed( 2 ) } at the end
(anything above ~1 is other work sharing the two cores with the benchmark).

**Data**: a fresh SQLite file in a temporary directory (WAL, synchronous=NORMAL) with
${ int( r.generation.customers ) } customers, ${ int( r.generation.memberships ) } memberships (Premium monthly, every tenth with
Extra Disk, all due on 2026-04-01) and ${ int( r.generation.sites ) } sites, generated in ${ r.generation.seconds.toFixed( 1 ) } s
(prepared statements, transactions of 20,000 customers, one password hash for everyone).

**Load**: autocannon 8 over loopback against a server in its own process (the load generator
and the server never share an event loop); ${ r.settings.seconds } s per measurement after a ${ r.settings.warmSeconds } s warm-up of each server.
Latencies are autocannon's, in whole milliseconds.
(a) ${ r.settings.connections } connections, the bare route, the quote and the quote priced in the request thread measured in alternating halves (throughput
over both halves, p50 their mean, p99 the worse), each quote for a random membership among ${ int( r.settings.size ) }, alternating
"Premium yearly" (upgrade) and "+ Unlimited Visits" (add-on); the bare route is an Express 5 app
with \`express.json()\` answering a small JSON body to the same requests. The quote goes through
Basic auth (verified once, then cached), the plan-group offer, pricing, the over-limit guard over
the membership's sites, and holds the open quote for checkout. (b) 2 connections, ${ int( r.settings.batch ) } visits per request
over all sites, 1 in 20 a repeat visitor, 5% on a hundred sites whose override allows
${ HOT_LIMIT_TEXT } visits, so that the answer's \`over_limit\` is computed from the limits in force.
(c) \`runDueRenewals\` in its own process until nothing is due, then once more.

| benchmark | measured | goal | |
|---|---|---|---|
${ body.map( ( row ) => `| ${ row.join( ' | ' ) } |` ).join( '\n' ) }

Renewal outcomes: ${ Object.entries( r.renewals.results )
		.map( ( [ k, v ] ) => `${ k } ${ int( v ) }` )
		.join( ', ' ) }.

${ r.lists ? listSection( r.lists ) : '' }
${ reportSection( r.reports ) }
## Reading (a)

The server's main thread is one synchronous event loop, so its throughput is the inverse of the
time a request holds it: the bare route ${ perRequest( r.bare ) }, the app's floor (\`GET /users/me\`)
${ perRequest( r.me ) }. A quote holds the main thread only to parse, authenticate, hand the request
to a quote worker (decision 38), hold the answer as an open quote (decision 37) and write it;
the worker, on its own read connection, loads the membership with its items, add-ons, wallet,
overrides and sites with their usage, prices and explains the change and checks the target's
limits on every site (L4). Priced in the request thread instead, the same quote reaches
${ ( r.inThread.requestsPerSecond / r.bare.requestsPerSecond ).toFixed( 2 ) } of the bare route (the row above). The worker costs one hop each way, which shows at
one connection (no queue to overlap with) and nowhere else. The load generator shares the two
cores, so the figures move by some ±10% between runs; the bare route's moves most.

${ r.caches ? `${ cachesSection( r.caches ) }\n\n` : '' }${ NOTES }
`;
	return { table, markdown };
}

const HOT_LIMIT_TEXT = '100';
