// `npm run i18n`: extracts languages/wu-plan-change.pot, merges its strings into every
// languages/wu-plan-change-<locale>.po (keeping the translations; new strings come in empty,
// dropped ones are kept as obsolete `#~` entries) and writes each PO's JED JSON (also of
// languages/default-<locale>.po, the strings of @wordpress/components) for
// `@wordpress/i18n` (languages/wu-plan-change-<locale>.json). The PO files are the source of
// truth: translate there, then run this again.
import fs from 'node:fs';
import path from 'node:path';
import { extractStrings, toPot, TEXT_DOMAIN } from './extract-strings';
import { translationProblems } from './check-translations';
import { componentsStrings } from './components-strings';
import { toJed } from './jed';
import { mergePo, parsePo, writePo } from './po';

const root = path.resolve( __dirname, '../..' );
const languages = path.join( root, 'languages' );
const { strings, problems } = extractStrings( root, [
	'admin-ui/src',
	'server/src',
	'plugin',
] );
for ( const problem of problems ) {
	process.stderr.write( `${ problem.reference }: ${ problem.problem }\n` );
}
fs.mkdirSync( languages, { recursive: true } );
fs.writeFileSync(
	path.join( languages, `${ TEXT_DOMAIN }.pot` ),
	toPot( strings )
);
process.stdout.write(
	`${ strings.length } strings written to languages/${ TEXT_DOMAIN }.pot\n`
);

for ( const name of fs
	.readdirSync( languages )
	.filter(
		( file ) =>
			file.startsWith( `${ TEXT_DOMAIN }-` ) && file.endsWith( '.po' )
	) ) {
	const file = path.join( languages, name );
	const { po, added, obsoleted } = mergePo(
		parsePo( fs.readFileSync( file, 'utf8' ) ),
		strings
	);
	fs.writeFileSync( file, writePo( po ) );
	const jed = toJed( po, TEXT_DOMAIN );
	fs.writeFileSync(
		file.replace( /\.po$/, '.json' ),
		JSON.stringify( jed ) + '\n'
	);
	const untranslated = po.entries.filter(
		( e ) => ! e.obsolete && ! e.msgstr.every( Boolean )
	).length;
	process.stdout.write(
		`${ name }: ${ strings.length - untranslated } of ${ strings.length } translated, ${ added } new, ${ obsoleted } obsolete; ${ name.replace( /\.po$/, '.json' ) } written\n`
	);
	for ( const problem of translationProblems( po, strings ).filter(
		( p ) => p.problem !== 'not translated'
	) ) {
		process.stderr.write(
			`${ name }: "${ problem.msgid }": ${ problem.problem }\n`
		);
	}
}

// Other domains (default-<locale>.po: the strings of @wordpress/components) are hand-kept lists:
// only their JSON is written.
for ( const name of fs
	.readdirSync( languages )
	.filter(
		( file ) =>
			file.endsWith( '.po' ) && ! file.startsWith( `${ TEXT_DOMAIN }-` )
	) ) {
	const po = parsePo(
		fs.readFileSync( path.join( languages, name ), 'utf8' )
	);
	const domain =
		po.headers.find( ( [ key ] ) => key === 'X-Domain' )?.[ 1 ] ??
		name.replace( /-[a-z]{2}_[A-Z]{2}\.po$/, '' );
	fs.writeFileSync(
		path.join( languages, name.replace( /\.po$/, '.json' ) ),
		JSON.stringify( toJed( po, domain ) ) + '\n'
	);
	process.stdout.write(
		`${ name }: ${ po.entries.length } strings of the ${ domain } domain; ${ name.replace( /\.po$/, '.json' ) } written\n`
	);
	if ( domain === 'default' ) {
		const code = [ ...componentsStrings( root ).strings.keys() ].map(
			( msgid ) => ( { msgid, references: [] } )
		);
		for ( const problem of translationProblems( po, code ) ) {
			process.stderr.write(
				`${ name }: "${ problem.msgid }" (@wordpress/components): ${ problem.problem }: add it by hand\n`
			);
		}
	}
}
process.exit( problems.length > 0 ? 1 : 0 );
