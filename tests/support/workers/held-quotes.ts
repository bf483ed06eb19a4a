import { BroadcastChannel } from 'node:worker_threads';

/** The channel between a test and `held-quote-worker.ts`. */
export const HELD_QUOTES = 'wu-held-quotes';
/** The explanation of a quote as the held worker priced it (any re-pricing replaces it). */
export const HELD_MARK = 'priced by the held worker';

/**
 * The test's end of the channel: `priced()` resolves when the held worker has priced one more
 * quote (and holds it), `release()` lets every held quote go to the main thread.
 */
export function heldQuotes(): {
	priced: () => Promise< number >;
	release: () => void;
	close: () => void;
} {
	const channel = new BroadcastChannel( HELD_QUOTES );
	const arrived: number[] = [];
	const waiting: ( ( seq: number ) => void )[] = [];
	channel.onmessage = ( event ) => {
		const { held } = ( event as { data: unknown } ).data as {
			held: number;
		};
		const wake = waiting.shift();
		if ( wake ) {
			wake( held );
		} else {
			arrived.push( held );
		}
	};
	return {
		priced: () =>
			arrived.length > 0
				? Promise.resolve( arrived.shift()! )
				: new Promise( ( resolve ) => waiting.push( resolve ) ),
		release: () => channel.postMessage( 'release' ),
		close: () => channel.close(),
	};
}
