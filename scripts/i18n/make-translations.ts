// `npm run i18n`: extracts languages/wu-plan-change.pot, merges its strings into every
// languages/wu-plan-change-<locale>.po (keeping the translations; new strings come in empty,
// dropped ones are kept as obsolete `#~` entries) and writes each PO's JED JSON for
// `@wordpress/i18n` (languages/wu-plan-change-<locale>.json). The PO files are the source of
// truth: translate there, then run this again.
import fs from 'node:fs';
import path from 'node:path';
import { extractStrings, toPot, TEXT_DOMAIN } from './extract-strings';
import { translationProblems } from './check-translations';
import { mergePo, parsePo, toJed, writePo } from './po';

const root = path.resolve( __dirname, '../..' );
const languages = path.join( root, 'languages' );
const { strings, problems } = extractStrings( root, [ 'admin-ui/src', 'server/src', 'plugin' ] );
for ( const problem of problems ) {
	process.stderr.write( `${ problem.reference }: ${ problem.problem }\n` );
}
fs.mkdirSync( languages, { recursive: true } );
fs.writeFileSync( path.join( languages, `${ TEXT_DOMAIN }.pot` ), toPot( strings ) );
process.stdout.write( `${ strings.length } strings written to languages/${ TEXT_DOMAIN }.pot\n` );

for ( const name of fs.readdirSync( languages ).filter( ( file ) => file.startsWith( `${ TEXT_DOMAIN }-` ) && file.endsWith( '.po' ) ) ) {
	const file = path.join( languages, name );
	const { po, added, obsoleted } = mergePo( parsePo( fs.readFileSync( file, 'utf8' ) ), strings );
	fs.writeFileSync( file, writePo( po ) );
	const jed = toJed( po, TEXT_DOMAIN );
	fs.writeFileSync( file.replace( /\.po$/, '.json' ), JSON.stringify( jed ) + '\n' );
	const untranslated = po.entries.filter( ( e ) => ! e.obsolete && ! e.msgstr.every( Boolean ) ).length;
	process.stdout.write( `${ name }: ${ strings.length - untranslated } of ${ strings.length } translated, ${ added } new, ${ obsoleted } obsolete; ${ name.replace( /\.po$/, '.json' ) } written\n` );
	for ( const problem of translationProblems( po, strings ).filter( ( p ) => p.problem !== 'not translated' ) ) {
		process.stderr.write( `${ name }: "${ problem.msgid }": ${ problem.problem }\n` );
	}
}
process.exit( problems.length > 0 ? 1 : 0 );
