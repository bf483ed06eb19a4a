// The hand-made caches' A/B figures: run scripts/bench/caches.ts in its own process over the
// generated network, and write its section of docs/benchmarks.md with each cache's verdict.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** One cache's A/B: median milliseconds per operation with it on and off, and off ÷ on. */
export interface CacheFigure {
	cache: string;
	operation: string;
	rounds: number;
	/** Operations per round. */
	count: number;
	onMs: number;
	offMs: number;
	ratio: number;
	/** The same with CPU time (user + system) instead of wall-clock time. */
	cpuRatio: number;
}

/** A cache stays only when the work is more than 5 % slower without it (issue 12). */
export const KEEP_ABOVE = 1.05;

const ROOT = path.resolve( __dirname, '../..' );

/** What each cache keeps and where; `removed` ones were taken out after the run that measured them. */
const CACHES: Record< string, string > = {
	'prepared-statements':
		'compiled statements by SQL text, in place of `db.prepare` (db/connection.ts)',
	'product-catalogue':
		'the parsed catalogue while `data_version` is unchanged (db/product-repository.ts)',
	'limits-of-products':
		'a product’s limits, per request (services/request-limits.ts)',
	'merged-limits':
		'plan + add-ons merged, per request (services/request-limits.ts)',
	'limits-of-memberships':
		'a membership’s limits, per request (services/request-limits.ts)',
	'parsed-instants': 'instant text → ms, 4,096 kept (domain/instant.ts)',
	'day-formats': '`Intl.DateTimeFormat` per locale (domain/instant.ts)',
	'amount-formats':
		'`Intl.NumberFormat` per locale and currency (domain/money.ts)',
	'currency-exponents':
		'minor-unit digits per currency from Intl (domain/money.ts)',
	'sprintf-formats': '`sprintf` formats parsed once (server/src/i18n.ts)',
	'locale-files': 'the JSON translation files read once (server/src/i18n.ts)',
	translators:
		'one `@wordpress/i18n` instance per locale (server/src/i18n.ts)',
	'basic-credentials':
		'verified Basic credentials for 5 min (http/basic-auth-cache.ts)',
	'instant-reader':
		'hand-made: instants read field by field, off `Date.parse` (domain/instant.ts)',
	'server-sprintf':
		'hand-made: the server’s `sprintf`, off `@wordpress/i18n`’s (server/src/i18n.ts)',
};

/** Runs the A/B rounds over the network in `file` (the clock at `now`); about 30–60 s. */
export function measureCaches(
	file: string,
	now: string,
	products: { premium: number; visits: number },
	adminPassword: string
): CacheFigure[] {
	const out = execFileSync(
		process.execPath,
		[
			'--import',
			'tsx',
			path.join( ROOT, 'scripts/bench/caches.ts' ),
			file,
			now,
			String( products.premium ),
			String( products.visits ),
			adminPassword,
		],
		{ cwd: ROOT, encoding: 'utf8', timeout: 300_000 }
	);
	return JSON.parse( out ) as CacheFigure[];
}

const time = ( ms: number ) =>
	ms >= 1 ? `${ ms.toFixed( 2 ) } ms` : `${ ( ms * 1000 ).toFixed( 1 ) } µs`;

function verdict( f: CacheFigure ): string {
	return f.ratio > KEEP_ABOVE ? 'stays' : '**goes**';
}

/** Terminal rows: cache, on, off, ratio, verdict. */
export function cacheRows( figures: CacheFigure[] ): string[][] {
	return figures.map( ( f ) => [
		`cache ${ f.cache }: on / off per operation`,
		`${ time( f.onMs ) } / ${ time( f.offMs ) } (× ${ f.ratio.toFixed( 2 ) })`,
		`> × ${ KEEP_ABOVE.toFixed( 2 ) }`,
		verdict( f ),
	] );
}

/** The section "Hand-made parts and caches (A/B)" of docs/benchmarks.md. */
export function cachesSection( figures: CacheFigure[] ): string {
	const rows = figures
		.map(
			( f ) =>
				`| \`${ f.cache }\`: ${ CACHES[ f.cache ] ?? '' } | ${ f.operation } | ${ time( f.onMs ) } | ${ time( f.offMs ) } | × ${ f.ratio.toFixed( 2 ) } | ${ verdict( f ) } |`
		)
		.join( '\n' );
	const rounds = figures[ 0 ]?.rounds ?? 0;
	return `## Hand-made parts and caches (A/B)

Each hand-made cache has a switch (\`server/src/domain/cache-switches.ts\`, all on in
production). \`scripts/bench/caches.ts\` runs in its own process over the generated network and,
for each cache, times the user-level work that uses it with the cache on (A) and off (B) in
alternating rounds A/B/A/B… (${ rounds } of each after an uncounted pair), one cache off at a time;
the figures are the medians per operation. Off, the code does the plain thing: \`db.prepare\` each
time, the catalogue read and parsed again, limits read again, a new \`Intl\` object, the
format parsed again, the file read again, the password hash run again. A cache stays when the
work takes more than ${ Math.round( ( KEEP_ABOVE - 1 ) * 100 ) } % longer without it (× > ${ KEEP_ABOVE.toFixed( 2 ) }); otherwise it is removed.

| cache | operation | on | off | off ÷ on | verdict |
|---|---|---|---|---|---|
${ rows }

${ REMOVED }`;
}

/** The caches this benchmark removed, with the figure of the run that removed them. */
const REMOVED = `Removed: none yet.`;
