import { Worker } from 'node:worker_threads';

/** What runs in the worker: plain CommonJS, so that it needs no TypeScript loader. */
const WORKER = `
const { workerData, parentPort } = require( 'node:worker_threads' );
const Database = require( workerData.module );
const db = new Database( workerData.file );
db.pragma( 'busy_timeout = 1000' );
const checkpoint = () => {
	try {
		const [ state ] = db.pragma( 'wal_checkpoint(PASSIVE)' );
		if ( state.checkpointed > 0 ) {
			parentPort.postMessage( state.checkpointed );
		}
	} catch ( error ) {
		// SQLITE_BUSY and the like: the next tick tries again.
	}
};
const timer = setInterval( checkpoint, workerData.everyMs );
parentPort.on( 'message', () => {
	clearInterval( timer );
	checkpoint();
	db.close();
	parentPort.close();
} );
`;

export interface Checkpointer {
	/** Checkpoints done so far that copied WAL frames into the database. */
	checkpoints: () => number;
	stop: () => Promise< void >;
}

/**
 * Moves WAL checkpoints off the request path: a worker thread with its own connection runs a
 * PASSIVE checkpoint of `file` every `everyMs` (it never blocks the writer), so the serving
 * connection seldom reaches its own autocheckpoint, whose copy and fsync would otherwise stall
 * whichever request commits at that moment (docs/benchmarks.md). The connection's
 * autocheckpoint stays as a safety net. The worker does not keep the process alive.
 */
export function startCheckpointer( file: string, everyMs = 200 ): Checkpointer {
	const worker = new Worker( WORKER, {
		eval: true,
		workerData: {
			file,
			everyMs,
			module: require.resolve( 'better-sqlite3' ),
		},
	} );
	let checkpoints = 0;
	worker.on( 'message', () => checkpoints++ );
	worker.on( 'error', () => undefined );
	worker.unref();
	return {
		checkpoints: () => checkpoints,
		stop: () =>
			new Promise( ( resolve ) => {
				worker.once( 'exit', () => resolve() );
				worker.ref(); // keep the process alive until the last checkpoint is done
				worker.postMessage( 'stop' );
			} ),
	};
}
