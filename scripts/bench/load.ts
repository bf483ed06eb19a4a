// Child servers and autocannon runs for the benchmark: loopback only, bounded durations.
import autocannon, { type Options, type Result } from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface ChildServer {
	url: string;
	child: ChildProcess;
	stop: () => Promise< void >;
}

const ROOT = path.resolve( __dirname, '../..' );

/** Starts scripts/bench/server.ts in its own process and waits (≤ 60 s) for its port. */
export function startServer(
	args: string[],
	env: Record< string, string > = {}
): Promise< ChildServer > {
	const child = spawn(
		process.execPath,
		[
			...( process.env.BENCH_NODE_FLAGS
				? process.env.BENCH_NODE_FLAGS.split( ' ' )
				: [] ),
			'--import',
			'tsx',
			path.join( ROOT, 'scripts/bench/server.ts' ),
			...args,
		],
		{
			cwd: ROOT,
			env: { ...process.env, ...env },
			stdio: [ 'ignore', 'pipe', 'inherit' ],
		}
	);
	return new Promise( ( resolve, reject ) => {
		const timer = setTimeout( () => {
			child.kill( 'SIGKILL' );
			reject( new Error( 'the bench server did not start within 60 s' ) );
		}, 60_000 );
		let buffered = '';
		child.stdout!.on( 'data', ( chunk: Buffer ) => {
			buffered += chunk.toString();
			const line = buffered.split( '\n' )[ 0 ];
			if ( buffered.includes( '\n' ) ) {
				clearTimeout( timer );
				const { port } = JSON.parse( line ) as { port: number };
				resolve( {
					url: `http://127.0.0.1:${ port }`,
					child,
					stop: () =>
						new Promise( ( done ) => {
							const kill = setTimeout(
								() => child.kill( 'SIGKILL' ),
								10_000
							);
							child.once( 'exit', () => {
								clearTimeout( kill );
								done();
							} );
							child.kill( 'SIGTERM' );
						} ),
				} );
			}
		} );
		child.once( 'exit', ( code ) => {
			clearTimeout( timer );
			reject( new Error( `the bench server exited with ${ code }` ) );
		} );
	} );
}

/** One autocannon run with a request timeout, so that nothing waits forever. */
export function load( options: Options ): Promise< Result > {
	return autocannon( { timeout: 30, ...options } );
}

/** The figures a table row needs from an autocannon result. */
export interface LoadFigures {
	requestsPerSecond: number;
	p50: number;
	p99: number;
	total: number;
	non2xx: number;
	errors: number;
	seconds: number;
}

export function figures( result: Result ): LoadFigures {
	return {
		requestsPerSecond: result.requests.average,
		p50: result.latency.p50,
		p99: result.latency.p99,
		total: result.requests.total,
		non2xx: result.non2xx,
		errors: result.errors + result.timeouts,
		seconds: result.duration,
	};
}
