// The real quote worker, answering 400 ms late and marking its explanation (tests of the pool
// and of re-pricing when something was committed meanwhile).
import { parentPort } from 'node:worker_threads';

const post = parentPort!.postMessage.bind( parentPort! );
parentPort!.postMessage = ( message: { quote?: { explanation: string } } ) => {
	if ( message.quote ) {
		message.quote.explanation = 'priced by the slow worker';
		setTimeout( () => post( message ), 400 );
	} else {
		post( message );
	}
};
require( '../../../server/src/workers/quote-worker' );
