// The real quote worker, holding each quote it priced until the test releases it, and marking
// its explanation (tests of re-pricing when something was committed while a worker priced).
// The test and this worker talk over a BroadcastChannel named by `HELD_QUOTES`: the worker
// posts `{ held: seq }` once it has priced (its read snapshot is over), the test posts
// 'release' when it has made its writes. No sleeps, no files.
import { BroadcastChannel, parentPort } from 'node:worker_threads';
import { HELD_QUOTES, HELD_MARK } from './held-quotes';

const channel = new BroadcastChannel( HELD_QUOTES );
channel.unref();
const held: ( () => void )[] = [];
channel.onmessage = ( event ) => {
	if ( ( event as { data: unknown } ).data === 'release' ) {
		for ( const send of held.splice( 0 ) ) {
			send();
		}
	}
};
const post = parentPort!.postMessage.bind( parentPort! );
parentPort!.postMessage = ( message: {
	seq?: number;
	quote?: { explanation: string };
} ) => {
	if ( message.quote ) {
		message.quote.explanation = HELD_MARK;
		held.push( () => post( message ) );
		channel.postMessage( { held: message.seq } );
	} else {
		post( message );
	}
};
require( '../../../server/src/workers/quote-worker' );
