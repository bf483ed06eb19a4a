// A quote worker that starts and never answers (tests of the pool's timeout).
import { parentPort } from 'node:worker_threads';

parentPort!.postMessage( { ready: true } );
parentPort!.on( 'message', () => undefined );
