// The admin lists over the generated network (issue 12: "GET /memberships, /customers, /payments
// with paging, search and a status filter, p95 < 20 ms server time at 100k rows"). The app runs
// in this process behind a middleware that times each request from its arrival to the end of
// its answer (server time: Express, auth, REST layer, SQL, JSON); requests go one at a time over
// a kept-alive loopback connection, N per variant, each with another page or search term so
// that no answer is a repeat. The round trip seen by the client is kept beside it.
import Database from 'better-sqlite3';
import express from 'express';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createContext } from '../../server/src/compose';
import { migrate, openDatabase } from '../../server/src/db/connection';
import { createApp } from '../../server/src/http/app';
import { TestClock } from '../../server/src/services/clock';

/** One variant of a list request and its latencies (ms). */
export interface ListVariant {
	list: 'memberships' | 'customers' | 'payments';
	name: string;
	example: string;
	requests: number;
	/** Server time, ms. */
	p50: number;
	p95: number;
	max: number;
	/** The client's round trip, ms. */
	roundTripP95: number;
	/** CPU time of the process during the request (user + system), ms: server time without waiting for a core. */
	cpuP50: number;
	cpuP95: number;
	/** Items of the last answer and its X-WP-Total (a check that the variant finds rows). */
	items: number;
	total: number;
}

const percentile = ( sorted: number[], p: number ) =>
	sorted[ Math.min( sorted.length - 1, Math.ceil( sorted.length * p ) - 1 ) ];

/**
 * Gives the network the variety of a real one before the lists are read: every 10th membership
 * cancelled, every 25th on hold, every 15th payment failed (the generator makes them all alike).
 */
export function varyStatuses( file: string ): void {
	const db = new Database( file );
	db.exec(
		"UPDATE memberships SET status = 'cancelled' WHERE id % 10 = 0; UPDATE memberships SET status = 'on-hold' WHERE id % 25 = 5; UPDATE payments SET status = 'failed' WHERE id % 15 = 0;"
	);
	db.close();
}

/** The variants: [list, name, path for the i-th request]. */
function requestVariants(
	size: number
): [ ListVariant[ 'list' ], string, ( i: number ) => string ][] {
	const pick = ( i: number, n: number ) => 1 + ( ( i * 7919 ) % n );
	const username = ( i: number ) =>
		`c${ String( pick( i, size ) ).padStart( 6, '0' ) }`.slice( 0, 6 );
	const pages = Math.max( 1, Math.floor( size / 20 ) );
	return [
		[
			'memberships',
			'page 1–50, 20 per page',
			( i ) => `/memberships?per_page=20&page=${ pick( i, 50 ) }`,
		],
		[
			'memberships',
			'any page (deep offsets)',
			( i ) => `/memberships?per_page=20&page=${ pick( i, pages ) }`,
		],
		[
			'memberships',
			'status filter (comma list), page 1–50',
			( i ) =>
				`/memberships?status=cancelled,on-hold&per_page=20&page=${ pick( i, 50 ) }`,
		],
		[
			'memberships',
			'search (username prefix) + status + page',
			( i ) =>
				`/memberships?search=${ username( i ) }&status=active&per_page=20`,
		],
		[
			'memberships',
			'broad search (display name, ~1k–11k rows) + status',
			( i ) =>
				`/memberships?search=Customer%20${ pick( i, 99 ) }&status=active&per_page=20`,
		],
		[
			'memberships',
			'sorted by customer name, page 1–50',
			( i ) =>
				`/memberships?orderby=customer_name&per_page=20&page=${ pick( i, 50 ) }`,
		],
		[
			'customers',
			'page 1–50, 20 per page',
			( i ) => `/customers?per_page=20&page=${ pick( i, 50 ) }`,
		],
		[
			'customers',
			'search (username or name prefix)',
			( i ) =>
				i % 2 === 0
					? `/customers?search=${ username( i ) }&per_page=20`
					: `/customers?search=Customer%20${ pick( i, 999 ) }&per_page=20`,
		],
		[
			'customers',
			'sorted by display name, page 1–50',
			( i ) =>
				`/customers?orderby=display_name&per_page=20&page=${ pick( i, 50 ) }`,
		],
		[
			'payments',
			'page 1–50, 20 per page',
			( i ) => `/payments?per_page=20&page=${ pick( i, 50 ) }`,
		],
		[
			'payments',
			'status filter, page 1–50',
			( i ) =>
				`/payments?status=failed&per_page=20&page=${ pick( i, 50 ) }`,
		],
		[
			'payments',
			'search (customer prefix) + status',
			( i ) =>
				`/payments?search=${ username( i ) }&status=completed,failed&per_page=20`,
		],
	];
}

/** The app over `file` in this process, behind a timer; `last()` is the last request's server time. */
export async function timedApp(
	file: string,
	now: string
): Promise< {
	url: string;
	last: () => { wall: number; cpu: number };
	stop: () => Promise< void >;
} > {
	const db = openDatabase( file );
	migrate( db );
	const ctx = createContext( {
		db,
		clock: new TestClock( now ),
		log: () => undefined,
	} );
	let last = { wall: 0, cpu: 0 };
	const outer = express();
	outer.use( ( _req, res, next ) => {
		const started = performance.now();
		const cpu = process.cpuUsage();
		res.once( 'finish', () => {
			const used = process.cpuUsage( cpu );
			last = {
				wall: performance.now() - started,
				cpu: ( used.user + used.system ) / 1000,
			};
		} );
		next();
	} );
	outer.use( createApp( ctx ) );
	const server = outer.listen( 0, '127.0.0.1' );
	await new Promise( ( resolve ) => server.once( 'listening', resolve ) );
	return {
		url: `http://127.0.0.1:${ ( server.address() as AddressInfo ).port }`,
		last: () => last,
		stop: () =>
			new Promise( ( done ) => {
				server.closeAllConnections();
				server.close( () => {
					db.close();
					done();
				} );
			} ),
	};
}

/** Measures every variant `count` times (after 20 unmeasured requests each) against the app on `file`. */
export async function listLatencies(
	file: string,
	now: string,
	admin: string,
	size: number,
	count = 200
): Promise< ListVariant[] > {
	const app = await timedApp( file, now );
	const results: ListVariant[] = [];
	try {
		for ( const [ list, name, path ] of requestVariants( size ) ) {
			let items = 0;
			let total = 0;
			const times: number[] = [];
			const trips: number[] = [];
			const cpus: number[] = [];
			for ( let i = 0; i < count + 20; i++ ) {
				const started = performance.now();
				const res = await fetch(
					`${ app.url }/wp-json/wu/v2${ path( i ) }`,
					{ headers: { authorization: admin } }
				);
				const body = ( await res.json() ) as unknown[];
				const trip = performance.now() - started;
				if ( res.status !== 200 ) {
					throw new Error(
						`${ path( i ) }: ${ res.status } ${ JSON.stringify( body ) }`
					);
				}
				if ( i >= 20 ) {
					times.push( app.last().wall );
					cpus.push( app.last().cpu );
					trips.push( trip );
				}
				items = body.length;
				total = Number( res.headers.get( 'x-wp-total' ) );
			}
			times.sort( ( a, b ) => a - b );
			trips.sort( ( a, b ) => a - b );
			cpus.sort( ( a, b ) => a - b );
			results.push( {
				list,
				name,
				example: path( 1 ),
				requests: times.length,
				p50: percentile( times, 0.5 ),
				p95: percentile( times, 0.95 ),
				max: times[ times.length - 1 ],
				roundTripP95: percentile( trips, 0.95 ),
				cpuP50: percentile( cpus, 0.5 ),
				cpuP95: percentile( cpus, 0.95 ),
				items,
				total,
			} );
		}
	} finally {
		await app.stop();
	}
	return results;
}

const ms = ( n: number ) => `${ n.toFixed( n < 10 ? 2 : 1 ) } ms`;

/** The report's rows [what, measured, goal, met]: one per list, judged by its worst variant. */
export function listRows( variants: ListVariant[] ): string[][] {
	const lists = [ ...new Set( variants.map( ( v ) => v.list ) ) ];
	return lists.map( ( list ) => {
		const own = variants.filter( ( v ) => v.list === list );
		const worst = own.reduce( ( a, b ) => ( b.p95 > a.p95 ? b : a ) );
		const p50 = Math.max( ...own.map( ( v ) => v.p50 ) );
		const cpu = Math.max( ...own.map( ( v ) => v.cpuP95 ) );
		return [
			`(d) GET /${ list }: server time, worst of ${ own.length } variants (${ own.map( ( v ) => v.name ).join( '; ' ) }), ${ own[ 0 ].requests } requests each`,
			`p95 ${ ms( worst.p95 ) } (worst: ${ worst.name }); p50 ≤ ${ ms( p50 ) }; CPU time p95 ≤ ${ ms( cpu ) }`,
			'p95 < 20 ms',
			worst.p95 < 20 ? 'met' : '**missed**',
		];
	} );
}

/** The markdown section listing every variant. */
export function listSection( variants: ListVariant[] ): string {
	return `## (d) The admin lists, variant by variant

Server time (from the request's arrival to the end of its answer, the app in the bench's
process, one request at a time), the process's CPU time in that span (the server time without
waiting for a core, which other work on the machine inflates) and the client's round trip; the
network's statuses are varied first (every 10th membership cancelled, every 25th on hold,
every 15th payment failed).

| list | variant | example | p50 | p95 | max | CPU p50 / p95 | round trip p95 | items / X-WP-Total |
|---|---|---|---|---|---|---|---|---|
${ variants
	.map(
		( v ) =>
			`| ${ v.list } | ${ v.name } | \`${ v.example }\` | ${ ms( v.p50 ) } | ${ ms( v.p95 ) } | ${ ms( v.max ) } | ${ ms( v.cpuP50 ) } / ${ ms( v.cpuP95 ) } | ${ ms( v.roundTripP95 ) } | ${ v.items } / ${ v.total } |`
	)
	.join( '\n' ) }
`;
}
