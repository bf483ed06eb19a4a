// `npm run i18n:pot`: writes languages/wu-plan-change.pot from every translatable string.
import fs from 'node:fs';
import path from 'node:path';
import { extractStrings, toPot, TEXT_DOMAIN } from './extract-strings';

const root = path.resolve( __dirname, '../..' );
const { strings, problems } = extractStrings( root, [
	'admin-ui/src',
	'server/src',
	'plugin',
] );
for ( const problem of problems ) {
	process.stderr.write( `${ problem.reference }: ${ problem.problem }\n` );
}
fs.mkdirSync( path.join( root, 'languages' ), { recursive: true } );
fs.writeFileSync(
	path.join( root, 'languages', `${ TEXT_DOMAIN }.pot` ),
	toPot( strings )
);
process.stdout.write(
	`${ strings.length } strings written to languages/${ TEXT_DOMAIN }.pot\n`
);
process.exit( problems.length > 0 ? 1 : 0 );
