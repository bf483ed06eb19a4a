/**
 * One switch per hand-made cache, every one on unless the benchmark turns it off: the caches'
 * A/B run (scripts/bench/caches.ts) prices the same work with a cache on and off in alternating
 * rounds, and a cache stays only while it saves more than 5 % (docs/benchmarks.md, "Hand-made
 * parts and caches (A/B)"). With its switch off, a cache's code does the plain thing instead.
 * Pure settable flags: nothing here reads the environment.
 */
export const CACHE_NAMES = [
	'prepared-statements',
	'product-catalogue',
	'merged-limits',
	'day-formats',
	'amount-formats',
	'currency-exponents',
	'locale-files',
	'translators',
	'basic-credentials',
] as const;

export type CacheName = ( typeof CACHE_NAMES )[ number ];

const enabled = Object.fromEntries(
	CACHE_NAMES.map( ( name ) => [ name, true ] )
) as Record< CacheName, boolean >;

/** Turns one cache on or off (the benchmark's A/B rounds); the code reads it on each use. */
export function setCacheEnabled( name: CacheName, on: boolean ): void {
	enabled[ name ] = on;
}

/** Is this cache in use? On unless `setCacheEnabled` turned it off. */
export function cacheEnabled( name: CacheName ): boolean {
	return enabled[ name ];
}
