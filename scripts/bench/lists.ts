// The admin lists over the generated network (issue 12: "GET /memberships, /customers, /payments
// with paging, search and a status filter, p95 < 20 ms server time at 100k rows"). Requests go
// one at a time over a kept-alive loopback connection to the app in its own process, so each
// latency is the server's time plus a loopback round trip (no queueing); N per variant, each
// request with another page or search term so that no answer is a repeat.
import Database from 'better-sqlite3';
import { performance } from 'node:perf_hooks';
import { startServer } from './load';

/** One variant of a list request and its latencies (ms). */
export interface ListVariant {
	list: 'memberships' | 'customers' | 'payments';
	name: string;
	example: string;
	requests: number;
	p50: number;
	p95: number;
	max: number;
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
function variants(
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

/** Measures every variant `count` times (after 20 unmeasured requests each) against the app on `file`. */
export async function listLatencies(
	file: string,
	now: string,
	admin: string,
	size: number,
	count = 200
): Promise< ListVariant[] > {
	const app = await startServer( [ 'app', file, now ] );
	const results: ListVariant[] = [];
	try {
		for ( const [ list, name, path ] of variants( size ) ) {
			let items = 0;
			let total = 0;
			const times: number[] = [];
			for ( let i = 0; i < count + 20; i++ ) {
				const started = performance.now();
				const res = await fetch(
					`${ app.url }/wp-json/wu/v2${ path( i ) }`,
					{
						headers: { authorization: admin },
					}
				);
				const body = ( await res.json() ) as unknown[];
				const took = performance.now() - started;
				if ( res.status !== 200 ) {
					throw new Error(
						`${ path( i ) }: ${ res.status } ${ JSON.stringify( body ) }`
					);
				}
				if ( i >= 20 ) {
					times.push( took );
				}
				items = body.length;
				total = Number( res.headers.get( 'x-wp-total' ) );
			}
			times.sort( ( a, b ) => a - b );
			results.push( {
				list,
				name,
				example: path( 1 ),
				requests: times.length,
				p50: percentile( times, 0.5 ),
				p95: percentile( times, 0.95 ),
				max: times[ times.length - 1 ],
				items,
				total,
			} );
		}
	} finally {
		await app.stop();
	}
	return results;
}
