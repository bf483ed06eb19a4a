import fs from 'node:fs';
import path from 'node:path';

/**
 * The strings (WordPress's `default` domain) that the `@wordpress/components` the admin UI
 * imports can show or speak: each imported component's build and every module it requires, in
 * turn. In WordPress they come with core's language pack; here languages/default-<locale>.po
 * translates them. `unknown` lists imported names whose build was not found.
 */
export function componentsStrings(
	repoRoot: string,
	sourceRoot = 'admin-ui/src'
): { strings: Map< string, string >; unknown: string[] } {
	const build = path.join(
		repoRoot,
		'node_modules/@wordpress/components/build'
	);
	const names = new Set< string >();
	const walk = ( dir: string ): string[] =>
		fs.readdirSync( dir, { withFileTypes: true } ).flatMap( ( e ) => {
			if ( e.isDirectory() ) {
				return walk( path.join( dir, e.name ) );
			}
			return /\.tsx?$/.test( e.name ) ? [ path.join( dir, e.name ) ] : [];
		} );
	for ( const file of walk( path.join( repoRoot, sourceRoot ) ) ) {
		for ( const match of fs
			.readFileSync( file, 'utf8' )
			.matchAll(
				/import\s*\{([^}]*)\}\s*from\s*'@wordpress\/components'/g
			) ) {
			match[ 1 ]
				.split( ',' )
				.map( ( part ) => part.trim().split( /\s+as\s+/ )[ 0 ] )
				.filter( Boolean )
				.forEach( ( name ) => names.add( name ) );
		}
	}
	const seen = new Set< string >();
	const strings = new Map< string, string >();
	const visit = ( file: string ) => {
		if ( seen.has( file ) ) {
			return;
		}
		seen.add( file );
		const source = fs.readFileSync( file, 'utf8' );
		for ( const m of source.matchAll(
			/(?:__|_x)\)\("((?:[^"\\]|\\.)*)"/g
		) ) {
			strings.set(
				JSON.parse( `"${ m[ 1 ] }"` ),
				path.relative( build, file )
			);
		}
		for ( const m of source.matchAll( /require\("(\.{1,2}\/[^"]+)"\)/g ) ) {
			const required = path.resolve( path.dirname( file ), m[ 1 ] );
			if ( fs.existsSync( required ) ) {
				visit( required );
			}
		}
	};
	const unknown: string[] = [];
	for ( const name of names ) {
		const kebab = name
			.replace( /^__experimental/, '' )
			.replace( /([a-z0-9])([A-Z])/g, '$1-$2' )
			.toLowerCase();
		const entry = [
			path.join( build, kebab, 'index.cjs' ),
			path.join( build, kebab.split( '-' )[ 0 ], kebab, 'index.cjs' ),
		].find( ( candidate ) => fs.existsSync( candidate ) );
		if ( entry ) {
			visit( entry );
		} else {
			unknown.push( name );
		}
	}
	return { strings, unknown };
}
