// The A/B rounds of the caches' benchmark (scripts/bench/caches.ts): some work timed with a
// switch on (A) and off (B) in alternating rounds A B B A A B B A… over the same operations.
// Rounds are short (~2 ms) and many, so that both sides share the machine's weather and the
// median leaves out the rounds another process interrupted.

/** A round's length on the slower side, when one operation is shorter. */
const ROUND_MS = 2;
/** Time for one switch's counted rounds; within it, between 6 and 100 rounds of each side. */
const BUDGET_MS = Number( process.env.BENCH_CACHE_MS || 2500 );
const MIN_ROUNDS = 6;
const MAX_ROUNDS = 100;

/** User-level work to time. */
export interface Work {
	operation: string;
	/** At most this many operations per round. */
	count: number;
	/** `n` operations; `from` numbers the first (a round's A and B do the same ones). */
	round: ( n: number, from: number ) => void | Promise< void >;
}

/** Medians per operation (wall-clock ms) and off ÷ on (wall-clock and CPU time). */
export interface ABFigures {
	rounds: number;
	/** Operations per round. */
	count: number;
	onMs: number;
	offMs: number;
	ratio: number;
	cpuRatio: number;
}

/** Wall-clock and CPU (user + system, all threads) milliseconds of `n` operations. */
async function timed(
	work: Work,
	n: number,
	from: number
): Promise< { wall: number; cpu: number } > {
	const cpu = process.cpuUsage();
	const started = process.hrtime.bigint();
	await work.round( n, from );
	const wall = Number( process.hrtime.bigint() - started ) / 1e6;
	const used = process.cpuUsage( cpu );
	return { wall, cpu: ( used.user + used.system ) / 1000 };
}

function median( values: number[] ): number {
	const sorted = [ ...values ].sort( ( a, b ) => a - b );
	const middle = Math.floor( sorted.length / 2 );
	return sorted.length % 2
		? sorted[ middle ]
		: ( sorted[ middle - 1 ] + sorted[ middle ] ) / 2;
}

interface Side {
	wall: number;
	cpu: number;
}

/**
 * One A round (switch on) and one B round (off) over the same operations, per operation; B first
 * when `offFirst`. The operations run once untimed before, so that the first side does not pay
 * alone for bringing their rows into the CPU's caches.
 */
async function pair(
	work: Work,
	set: ( on: boolean ) => void,
	n: number,
	from: number,
	offFirst: boolean
): Promise< { on: Side; off: Side } > {
	await work.round( n, from );
	const sides: Partial< Record< 'on' | 'off', Side > > = {};
	for ( const on of offFirst ? [ false, true ] : [ true, false ] ) {
		set( on );
		const t = await timed( work, n, from );
		sides[ on ? 'on' : 'off' ] = { wall: t.wall / n, cpu: t.cpu / n };
	}
	set( true );
	return sides as { on: Side; off: Side };
}

/** Times `work` with `set( true )` (A) and `set( false )` (B); leaves the switch on. */
export async function measureAB(
	work: Work,
	set: ( on: boolean ) => void
): Promise< ABFigures > {
	// Uncounted: a pair to warm the code and the pages, then one to size the rounds.
	const probeSize = Math.max( 1, Math.ceil( work.count / 50 ) );
	await pair( work, set, probeSize, 0, false );
	const probe = await pair( work, set, probeSize, 0, true );
	const slower = Math.max( probe.on.wall, probe.off.wall );
	const n = Math.max(
		1,
		Math.min( work.count, Math.round( ROUND_MS / slower ) )
	);
	const quads = Math.max(
		Math.ceil( MIN_ROUNDS / 2 ),
		Math.min(
			Math.floor( MAX_ROUNDS / 2 ),
			Math.floor( BUDGET_MS / ( 6 * n * slower ) )
		)
	);
	// A B then B A over the same operations: a side's place in the sequence weighs on both alike.
	const pairs: { on: Side; off: Side }[] = [];
	const ratios = { wall: [] as number[], cpu: [] as number[] };
	for ( let quad = 0; quad < quads; quad++ ) {
		const ab = await pair( work, set, n, quad * n, false );
		const ba = await pair( work, set, n, quad * n, true );
		pairs.push( ab, ba );
		for ( const key of [ 'wall', 'cpu' ] as const ) {
			ratios[ key ].push(
				( ab.off[ key ] + ba.off[ key ] ) /
					( ab.on[ key ] + ba.on[ key ] )
			);
		}
	}
	return {
		rounds: pairs.length,
		count: n,
		onMs: median( pairs.map( ( p ) => p.on.wall ) ),
		offMs: median( pairs.map( ( p ) => p.off.wall ) ),
		ratio: median( ratios.wall ),
		cpuRatio: median( ratios.cpu ),
	};
}
