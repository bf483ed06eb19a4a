// A server for the benchmark, in its own process so that the load generator and the server do
// not share one event loop. Listens on loopback only and prints {"port": N} once ready.
//   node --import tsx scripts/bench/server.ts bare
//   node --import tsx scripts/bench/server.ts app <db file> <clock instant>
import express from 'express';
import type { AddressInfo } from 'node:net';
import { createContext } from '../../server/src/compose';
import { startCheckpointer } from '../../server/src/db/checkpointer';
import { migrate, openDatabase } from '../../server/src/db/connection';
import { createApp } from '../../server/src/http/app';
import { TestClock } from '../../server/src/services/clock';
import { startQuotePool } from '../../server/src/workers/quote-pool';

function bareApp(): express.Express {
	const app = express();
	app.disable( 'x-powered-by' );
	app.set( 'etag', false );
	app.use( express.json( { limit: '1mb' } ) );
	app.post( '/bare', ( req, res ) => {
		res.json( {
			ok: true,
			fields: Object.keys( req.body as object ).length,
		} );
	} );
	return app;
}

function networkApp( file: string, now: string ): express.Express {
	const db = openDatabase( file );
	migrate( db );
	startCheckpointer( file );
	const ctx = createContext( {
		db,
		clock: new TestClock( now ),
		log: ( message ) => process.stderr.write( `${ message }\n` ),
	} );
	if ( process.env.WU_QUOTE_WORKERS !== '0' ) {
		ctx.quoteWorkers = startQuotePool( file );
	}
	return createApp( ctx );
}

const [ mode, file, now ] = process.argv.slice( 2 );
const app = mode === 'bare' ? bareApp() : networkApp( file, now );
const server = app.listen( 0, '127.0.0.1', () => {
	process.stdout.write(
		`${ JSON.stringify( { port: ( server.address() as AddressInfo ).port } ) }\n`
	);
} );
server.keepAliveTimeout = 60_000;
process.on( 'SIGTERM', () => server.close( () => process.exit( 0 ) ) );
