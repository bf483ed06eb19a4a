import Database from 'better-sqlite3';
import { figures, load, startServer } from './load';
import type { BenchReport } from './report';
import {
	BATCH,
	HOT_LIMIT,
	HOT_SITES,
	NOW,
	SECONDS,
	WARM_SECONDS,
} from './settings';

export async function visitsIngestion(
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
