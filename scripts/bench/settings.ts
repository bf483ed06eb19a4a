// The benchmark's settings (environment) and small helpers shared by its parts.
import path from 'node:path';
import type { LoadFigures } from './load';

export const SIZE = Number( process.env.BENCH_SIZE ?? 100_000 );
export const SECONDS = Number( process.env.BENCH_SECONDS ?? 10 );
export const CONNECTIONS = Number( process.env.BENCH_CONNECTIONS ?? 4 );
export const BATCH = Number( process.env.BENCH_BATCH ?? 5000 );
/** Seconds of load before each server is measured: long enough to touch most pages of the tables a quote reads. */
export const WARM_SECONDS = 5;
export const NOW = '2026-03-11T10:00:00Z';
export const HOT_SITES = 100;
export const HOT_LIMIT = 100;
export const ROOT = path.resolve( __dirname, '../..' );

export function log( message: string ): void {
	process.stdout.write( `${ message }\n` );
}

/** Two halves as one run: throughput over the whole time, p50 the mean, p99 the worse. */
export function combine( parts: LoadFigures[] ): LoadFigures {
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
