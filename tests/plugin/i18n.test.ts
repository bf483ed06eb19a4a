import path from 'node:path';
import { extractStrings, toPot } from '../../scripts/i18n/extract-strings';

// A Norwegian translation will follow: every string must be extractable with the plugin's domain.
describe( 'translatable strings', () => {
	const root = path.resolve( __dirname, '../..' );
	const { strings, problems } = extractStrings( root, [ 'admin-ui/src', 'server/src', 'plugin' ] );

	it( 'use literal texts, the wu-plan-change domain, numbered placeholders and translators comments', () => {
		expect( problems ).toEqual( [] );
	} );

	it( 'cover the screens, the quotes and the REST errors', () => {
		const ids = strings.map( ( s ) => s.msgid );
		expect( ids ).toEqual( expect.arrayContaining( [ 'Log In', 'Existing credit', 'You are not currently logged in.' ] ) );
		expect( ids ).toContainEqual( expect.stringContaining( 'unused' ) );
	} );

	it( 'write a POT file with references and plural forms', () => {
		const pot = toPot( strings );
		expect( pot ).toMatch( /^msgid ""\nmsgstr ""/ );
		expect( pot ).toMatch( /#: [^\n]*admin-ui\/src\/screens\/login\/index\.tsx:\d+[^\n]*\nmsgid "Log In"\nmsgstr ""/ );
		expect( pot ).toMatch( /msgid "%d day"\nmsgid_plural "%d days"\nmsgstr\[0\] ""\nmsgstr\[1\] ""/ );
	} );
} );
