// `npm start`: builds the admin UI when its sources are newer than the bundle, then serves.
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(
	path.dirname( new URL( import.meta.url ).pathname ),
	'..'
);
const bundle = path.join( root, 'build', 'index.js' );

function newestMtime( dir ) {
	let newest = 0;
	for ( const entry of fs.readdirSync( dir, { withFileTypes: true } ) ) {
		const full = path.join( dir, entry.name );
		newest = Math.max(
			newest,
			entry.isDirectory()
				? newestMtime( full )
				: fs.statSync( full ).mtimeMs
		);
	}
	return newest;
}

if ( ! process.argv.includes( '--no-build' ) ) {
	const stale =
		! fs.existsSync( bundle ) ||
		newestMtime( path.join( root, 'admin-ui' ) ) >
			fs.statSync( bundle ).mtimeMs;
	if ( stale ) {
		process.stdout.write( 'Building the admin UI…\n' );
		const result = spawnSync( 'npm', [ 'run', 'build', '--silent' ], {
			cwd: root,
			stdio: 'inherit',
		} );
		if ( result.status !== 0 ) {
			process.exit( result.status ?? 1 );
		}
	}
}

const server = spawn(
	process.execPath,
	[ '--import', 'tsx', path.join( root, 'server/src/main.ts' ) ],
	{ cwd: root, stdio: 'inherit' }
);
for ( const signal of [ 'SIGINT', 'SIGTERM' ] ) {
	process.on( signal, () => server.kill( signal ) );
}
server.on( 'exit', ( code ) => process.exit( code ?? 0 ) );
