// The hand-made caches' A/B figures: run scripts/bench/caches.ts in its own process over the
// generated network, and write its section of docs/benchmarks.md with each cache's verdict.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { CacheName } from '../../server/src/domain/cache-switches';

/** One cache's A/B: median milliseconds per operation with it on and off, and off ÷ on. */
export interface CacheFigure {
	cache: CacheName;
	operation: string;
	rounds: number;
	/** Operations per round. */
	count: number;
	onMs: number;
	offMs: number;
	ratio: number;
	/** The same with CPU time (user + system) instead of wall-clock time: the verdict's. */
	cpuRatio: number;
}

/** A cache stays only when the work is more than 5 % slower without it (issue 12). */
export const KEEP_ABOVE = 1.05;

const ROOT = path.resolve( __dirname, '../..' );

/** What each kept cache keeps, and where (the removed ones are in REMOVED below). */
const CACHES: Record< CacheName, string > = {
	'prepared-statements':
		'compiled statements by SQL text, in place of `db.prepare` (db/connection.ts)',
	'product-catalogue':
		'the parsed catalogue while `data_version` is unchanged (db/product-repository.ts)',
	'merged-limits':
		'plan + add-ons merged, per request (services/request-limits.ts)',
	'day-formats': '`Intl.DateTimeFormat` per locale (domain/instant.ts)',
	'amount-formats':
		'`Intl.NumberFormat` per locale and currency (domain/money.ts)',
	'currency-exponents':
		'minor-unit digits per currency from Intl (domain/money.ts)',
	'locale-files': 'the JSON translation files read once (server/src/i18n.ts)',
	translators:
		'one `@wordpress/i18n` instance per locale (server/src/i18n.ts)',
	'basic-credentials':
		'verified Basic credentials for 5 min (http/basic-auth-cache.ts)',
};

/** Runs the A/B rounds over the network in `file` (the clock at `now`); some 15–30 s. */
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

/** The verdict reads CPU time: on a shared machine, wall-clock time also counts other processes' turns. */
function verdict( f: CacheFigure ): string {
	return f.cpuRatio > KEEP_ABOVE ? 'stays' : '**goes**';
}

/** Terminal rows: cache, wall-clock on / off, the ratios, the verdict. */
export function cacheRows( figures: CacheFigure[] ): string[][] {
	return figures.map( ( f ) => [
		`cache ${ f.cache }: on / off per operation`,
		`${ time( f.onMs ) } / ${ time( f.offMs ) } (CPU × ${ f.cpuRatio.toFixed( 2 ) }, wall × ${ f.ratio.toFixed( 2 ) })`,
		`CPU > × ${ KEEP_ABOVE.toFixed( 2 ) }`,
		verdict( f ),
	] );
}

/** The section "Hand-made parts and caches (A/B)" of docs/benchmarks.md. */
export function cachesSection( figures: CacheFigure[] ): string {
	const rows = figures
		.map(
			( f ) =>
				`| \`${ f.cache }\`: ${ CACHES[ f.cache ] } | ${ f.operation } | ${ f.rounds } × ${ f.count } | ${ time( f.onMs ) } | ${ time( f.offMs ) } | × ${ f.cpuRatio.toFixed( 2 ) } | × ${ f.ratio.toFixed( 2 ) } | ${ verdict( f ) } |`
		)
		.join( '\n' );
	return `## Hand-made parts and caches (A/B)

Each hand-made cache has a switch (\`server/src/domain/cache-switches.ts\`, all on in
production; nothing but the benchmark sets them). \`scripts/bench/caches.ts\` runs in its own
process over the generated network and, one cache at a time, times the user-level work that uses
it with the cache on (A) and off (B) in alternating rounds A B B A A B B A… over the same
operations (each pair of rounds after one untimed run of them, so that neither side pays alone
for bringing rows into the CPU's caches). A round is ~2 ms of operations, or one operation where
one takes longer (a batch of visits, a hashed request); 6 to 100 rounds of each side, after two
uncounted pairs; some 15 s in all. Off, the
code does the plain thing: \`db.prepare\` each time, the catalogue read and parsed again, plan and
add-on limits merged again, a new \`Intl\` object or exponent lookup, the translation file read
again, a new \`@wordpress/i18n\` instance, the password hash run again. "on" and "off" are the
medians of the rounds' wall-clock time per operation; "off ÷ on" is the median over each
A B B A block of its own ratio, in CPU time of the process (user + system, all threads) and in
wall-clock time. A cache stays when the work takes more than ${ Math.round( ( KEEP_ABOVE - 1 ) * 100 ) } % more CPU time without it
(× > ${ KEEP_ABOVE.toFixed( 2 ) }); otherwise it is removed. The verdict reads CPU time because other work on
the machine takes turns on its cores, which count in wall-clock time and not in CPU time; a null
test (a switch the work never reads) gave × 1.00 ± 0.03.

| cache | operation | rounds × operations | on | off | off ÷ on, CPU | off ÷ on, wall | verdict |
|---|---|---|---|---|---|---|---|
${ rows }

${ REMOVED }`;
}

/** What the A/B removed (issue 12), with the figures of the runs that removed it. */
const REMOVED = `**Removed** after the A/B on 2026-12-07 (the same method over the same 100,000-membership
network, ratios in CPU time, several runs each because they sat near the line; the machine's
load average was 10–14 from other work). Off meant the plain thing; the figures are the runs'
off ÷ on:

| removed | operation | off ÷ on, CPU, per run | median |
|---|---|---|---|
| \`parsed-instants\`: the last 4,096 instant texts read, with their milliseconds (domain/instant.ts) | price a quote, en_US | 0.96, 0.92, 0.98, 0.97, 0.99 | × 0.97 |
| \`sprintf-formats\`: \`sprintf\` formats parsed once (server/src/i18n.ts) | price a quote, en_US | 0.96, 1.15, 1.12, 1.03, 1.03 | × 1.03 |
| \`limits-of-products\`: a product's limits, per visits batch (services/request-limits.ts) | record a batch of 200 visits | 0.97, 0.99, 0.95, 0.98, 0.97 | × 0.97 |
| \`limits-of-memberships\`: a membership's limits, per visits batch (services/request-limits.ts) | record a batch of 200 visits | 0.98, 0.97, 1.00, 1.00, 1.00 | × 1.00 |

Two hand-made parts were measured the same way, the platform's or the library's own being
"off", and went too: the instant reader field by field in \`parseInstant\` against \`Date.parse\`
(× 0.91, 1.09, 0.98: median × 0.98, measured without the instant cache), and the server's own
\`sprintf\` against \`@wordpress/i18n\`'s (× 1.00, 1.06, 1.03: median × 1.03, without its format
cache). \`parseCanonicalInstant\` stays only where db/instants.ts tells a canonical stored instant.
With the merged limits kept, a batch reads a product's limits only once per distinct plan and
add-ons anyway; a membership's limits were reused only when two of its sites were in one batch.`;
