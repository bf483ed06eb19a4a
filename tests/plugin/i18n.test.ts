import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
	translationProblems,
	placeholderProblem,
} from '../../scripts/i18n/check-translations';
import { componentsStrings } from '../../scripts/i18n/components-strings';
import { extractStrings, toPot } from '../../scripts/i18n/extract-strings';
import { toJed } from '../../scripts/i18n/jed';
import { mergePo, parsePo, writePo } from '../../scripts/i18n/po';

// Every string must be extractable with the plugin's domain, and translated to Norwegian (issue 14).
describe( 'translatable strings', () => {
	const root = path.resolve( __dirname, '../..' );
	const { strings, problems } = extractStrings( root, [
		'admin-ui/src',
		'server/src',
		'plugin',
	] );

	it( 'use literal texts, the wu-plan-change domain, numbered placeholders and translators comments', () => {
		expect( problems ).toEqual( [] );
	} );

	it( 'cover the screens, the quotes and the REST errors', () => {
		const ids = strings.map( ( s ) => s.msgid );
		expect( ids ).toEqual(
			expect.arrayContaining( [
				'Log In',
				'Existing credit',
				'You are not currently logged in.',
			] )
		);
		expect( ids ).toContainEqual( expect.stringContaining( 'unused' ) );
	} );

	it( 'write a POT file with references and plural forms', () => {
		const pot = toPot( strings );
		expect( pot ).toMatch( /^msgid ""\nmsgstr ""/ );
		expect( pot ).toMatch(
			/#: [^\n]*admin-ui\/src\/screens\/login\/index\.tsx:\d+[^\n]*\nmsgid "Log In"\nmsgstr ""/
		);
		expect( pot ).toMatch(
			/msgid "%d day"\nmsgid_plural "%d days"\nmsgstr\[0\] ""\nmsgstr\[1\] ""/
		);
	} );
} );

describe( 'the string checker', () => {
	it( 'finds untranslated JSX, a wrong domain, unnumbered placeholders and missing translators comments', () => {
		const dir = fs.mkdtempSync( path.join( os.tmpdir(), 'wu-i18n-' ) );
		fs.mkdirSync( path.join( dir, 'src' ) );
		fs.writeFileSync(
			path.join( dir, 'src', 'bad.tsx' ),
			[
				"import { __, sprintf } from '@wordpress/i18n';",
				'export const A = () => <p title="Hello">Plain words</p>;',
				"export const b = __( 'Other', 'other-domain' );",
				"export const c = sprintf( __( '%s of %s', 'wu-plan-change' ), 1, 2 );",
			].join( '\n' )
		);
		const { problems } = extractStrings( dir, [ 'src' ] );
		const texts = problems.map( ( p ) => p.problem ).join( '\n' );
		expect( texts ).toMatch( "untranslated text in JSX: 'Hello'" );
		expect( texts ).toMatch( "untranslated text in JSX: 'Plain words'" );
		expect( texts ).toMatch( "the text domain is 'other-domain'" );
		expect( texts ).toMatch( 'number them' );
		expect( texts ).toMatch( 'no translators comment' );
		fs.rmSync( dir, { recursive: true, force: true } );
	} );

	it( 'finds bare strings given as a DomainError message, a fail() reason or a patternHint, and lets translated ones pass', () => {
		const dir = fs.mkdtempSync( path.join( os.tmpdir(), 'wu-i18n-' ) );
		fs.mkdirSync( path.join( dir, 'src' ) );
		fs.writeFileSync(
			path.join( dir, 'src', 'bad.ts' ),
			[
				"import { __, sprintf } from '@wordpress/i18n';",
				"export const a = () => new DomainError( 'not_found', 'rest_not_found', 'No thing was found.' );",
				"export const b = ( id: number ) => new DomainError( 'invalid', 'rest_invalid_param', `No product with id ${ id }.`, { params: {} } );",
				"export const c = ( reader: ParamReader ) => reader.fail( 'slug', 'slug is taken.' );",
				'export const d = ( reader: ParamReader, field: string ) => reader.fail( field, `${ field } must be a list.` );',
				"export const e = ( reader: ParamReader ) => reader.string( 'path', { patternHint: 'path looks like /a/.' } );",
				"export const f = ( reader: ParamReader, n: number ) => reader.fail( 'n', n > 1 ? 'Too many.' : __( 'Too few.', 'wu-plan-change' ) );",
				"export const ok1 = () => new DomainError( 'not_found', 'rest_not_found', __( 'Nothing here.', 'wu-plan-change' ) );",
				"export const ok2 = ( reader: ParamReader, field: string ) => reader.fail( `usage.${ field }`, sprintf( /* translators: %s: field */ __( '%s is bad.', 'wu-plan-change' ), field ) );",
			].join( '\n' )
		);
		const { problems } = extractStrings( dir, [ 'src' ] );
		const lines = ( kind: string ) =>
			problems
				.filter( ( p ) =>
					p.problem.startsWith( `untranslated ${ kind }` )
				)
				.map( ( p ) => p.reference );
		expect( lines( 'DomainError message' ) ).toEqual( [
			'src/bad.ts:2',
			'src/bad.ts:3',
		] );
		expect( lines( 'fail() reason' ) ).toEqual( [
			'src/bad.ts:4',
			'src/bad.ts:5',
			'src/bad.ts:7',
		] );
		expect( lines( 'patternHint' ) ).toEqual( [ 'src/bad.ts:6' ] );
		expect( problems ).toHaveLength( 6 );
		fs.rmSync( dir, { recursive: true, force: true } );
	} );
} );

describe( 'the Norwegian (bokmål) translation', () => {
	const root = path.resolve( __dirname, '../..' );
	const { strings } = extractStrings( root, [
		'admin-ui/src',
		'server/src',
		'plugin',
	] );
	const poText = fs.readFileSync(
		path.join( root, 'languages/wu-plan-change-nb_NO.po' ),
		'utf8'
	);
	const po = parsePo( poText );

	it( 'translates every string of the code, each plural form, keeping every placeholder (run npm run i18n, then translate the new ones)', () => {
		expect( translationProblems( po, strings ) ).toEqual( [] );
		expect( po.headers ).toEqual(
			expect.arrayContaining( [
				[ 'Language', 'nb_NO' ],
				[ 'Plural-Forms', 'nplurals=2; plural=(n != 1);' ],
			] )
		);
	} );

	it( 'uses the seed’s own terms', () => {
		const nb = ( msgid: string ) =>
			po.entries.find( ( e ) => e.msgid === msgid )?.msgstr[ 0 ];
		expect(
			[
				'Account',
				'Your Membership',
				'Change',
				'Up & Downgrades',
				'Plan Group',
				'Product Order',
				'Offer Add-ons',
				'Services and packages',
				'Existing credit',
			].map( nb )
		).toEqual( [
			'Konto',
			'Ditt medlemskap',
			'Endre',
			'Opp- og nedgraderinger',
			'Plangruppe',
			'Produktrekkefølge',
			'Tilby tilleggsprodukter',
			'Tjenester og pakker',
			'Eksisterende kreditt',
		] );
	} );

	it( 'is what the browser and the server load: the JSON is generated from the PO as it is now', () => {
		const json = JSON.parse(
			fs.readFileSync(
				path.join( root, 'languages/wu-plan-change-nb_NO.json' ),
				'utf8'
			)
		);
		expect( json ).toEqual( toJed( po, 'wu-plan-change' ) );
		expect( json.locale_data[ 'wu-plan-change' ][ '%d day' ] ).toEqual( [
			'%d dag',
			'%d dager',
		] );
	} );

	it( 'finds a missing translation, a missing plural form, a dropped, renumbered or reordered placeholder', () => {
		const bad = parsePo(
			[
				'msgid ""',
				'msgstr ""',
				'"Plural-Forms: nplurals=2; plural=(n != 1);\\n"',
				'',
				'msgid "%1$s on %2$s"',
				'msgstr "%2$s: %1$s"',
				'',
				'msgid "Due now: %s."',
				'msgstr "Å betale nå."',
				'',
				'msgid "%1$s of %2$s"',
				'msgstr "%1$s av %3$s"',
				'',
				'msgid "%d day"',
				'msgid_plural "%d days"',
				'msgstr[0] "%d dag"',
				'msgstr[1] ""',
				'',
				'msgid "%s and %d"',
				'msgstr "%d og %s"',
				'',
				'#, fuzzy',
				'msgid "Plan"',
				'msgstr "Plan"',
				'',
			].join( '\n' )
		);
		const code = [
			'%1$s on %2$s',
			'Due now: %s.',
			'%1$s of %2$s',
			'%s and %d',
			'Plan',
			'Missing',
		].map( ( msgid ) => ( { msgid, references: [] } ) );
		const problems = translationProblems( bad, [
			...code,
			{ msgid: '%d day', plural: '%d days', references: [] },
		] );
		expect( problems ).toEqual( [
			{
				msgid: 'Due now: %s.',
				problem: 'msgstr[0]: placeholders %s became none',
			},
			{
				msgid: '%1$s of %2$s',
				problem: 'msgstr[0]: placeholders %1$s %2$s became %1$s %3$s',
			},
			{
				msgid: '%s and %d',
				problem: 'msgstr[0]: placeholders %s %d became %d %s',
			},
			{ msgid: 'Plan', problem: 'fuzzy' },
			{ msgid: 'Missing', problem: 'not translated' },
			{ msgid: '%d day', problem: 'not translated' },
		] );
		expect(
			placeholderProblem( '%1$s (%2$d%%)', '%1$s (%2$d %%)' )
		).toBeNull();
	} );
} );

describe( 'the Norwegian strings of @wordpress/components', () => {
	it( 'translate every string the components the screens import can show or speak (languages/default-nb_NO.po)', () => {
		const root = path.resolve( __dirname, '../..' );
		const { strings, unknown } = componentsStrings( root );
		expect( unknown ).toEqual( [] );
		expect( [ ...strings.keys() ] ).toEqual(
			expect.arrayContaining( [ 'Close', 'Search', 'Reset search' ] )
		);
		const po = parsePo(
			fs.readFileSync(
				path.join( root, 'languages/default-nb_NO.po' ),
				'utf8'
			)
		);
		const code = [ ...strings.keys() ].map( ( msgid ) => ( {
			msgid,
			references: [],
		} ) );
		expect( translationProblems( po, code ) ).toEqual( [] );
		expect(
			JSON.parse(
				fs.readFileSync(
					path.join( root, 'languages/default-nb_NO.json' ),
					'utf8'
				)
			)
		).toEqual( toJed( po, 'default' ) );
	} );
} );

describe( 'the PO tools', () => {
	it( 'read and write a PO unchanged: comments, references, flags, context, plurals, escapes, obsolete entries', () => {
		const text = [
			'msgid ""',
			'msgstr ""',
			'"Language: nb_NO\\n"',
			'"Plural-Forms: nplurals=2; plural=(n != 1);\\n"',
			'',
			"# a translator's note",
			'#. translators: %s: a name',
			'#: a.ts:1 b.ts:2',
			'#, php-format',
			'msgctxt "menu"',
			'msgid "Hello \\"%s\\"\\n"',
			'msgstr "Hei «%s»\\n"',
			'',
			'msgid "%d day"',
			'msgid_plural "%d days"',
			'msgstr[0] "%d dag"',
			'msgstr[1] "%d dager"',
			'',
			'#~ msgid "Gone"',
			'#~ msgstr "Borte"',
			'',
		].join( '\n' );
		const po = parsePo( text );
		expect( po.entries[ 0 ] ).toMatchObject( {
			msgctxt: 'menu',
			msgid: 'Hello "%s"\n',
			msgstr: [ 'Hei «%s»\n' ],
			references: [ 'a.ts:1', 'b.ts:2' ],
			flags: [ 'php-format' ],
			translatorComments: [ "a translator's note" ],
		} );
		expect( po.entries[ 2 ] ).toMatchObject( {
			msgid: 'Gone',
			msgstr: [ 'Borte' ],
			obsolete: true,
		} );
		expect( writePo( po ) ).toBe( text );
		expect( toJed( po, 'd' ).locale_data.d ).toEqual( {
			'': {
				domain: 'd',
				lang: 'nb_NO',
				'plural-forms': 'nplurals=2; plural=(n != 1);',
			},
			'menu\u0004Hello "%s"\n': [ 'Hei «%s»\n' ],
			'%d day': [ '%d dag', '%d dager' ],
		} );
	} );

	it( 'merge the code’s strings into a PO, keeping translations, adding new strings empty and keeping dropped ones as obsolete', () => {
		const po = parsePo(
			[
				'msgid ""',
				'msgstr ""',
				'"Plural-Forms: nplurals=2; plural=(n != 1);\\n"',
				'',
				'msgid "Plan"',
				'msgstr "Plan"',
				'',
				'msgid "Old"',
				'msgstr "Gammel"',
				'',
			].join( '\n' )
		);
		const merged = mergePo( po, [
			{
				msgid: 'New',
				references: [ 'x.ts:3' ],
				comment: 'translators: a note',
			},
			{ msgid: 'Plan', references: [ 'y.ts:9' ] },
			{ msgid: '%d site', plural: '%d sites', references: [ 'z.ts:1' ] },
		] );
		expect( merged ).toMatchObject( { added: 2, obsoleted: 1 } );
		expect(
			merged.po.entries.map( ( e ) => [
				e.msgid,
				e.msgstr,
				e.obsolete ?? false,
			] )
		).toEqual( [
			[ 'New', [ '' ], false ],
			[ 'Plan', [ 'Plan' ], false ],
			[ '%d site', [ '', '' ], false ],
			[ 'Old', [ 'Gammel' ], true ],
		] );
		expect( merged.po.entries[ 1 ].references ).toEqual( [ 'y.ts:9' ] );
		expect( writePo( merged.po ) ).toContain(
			'#. translators: a note\n#: x.ts:3\nmsgid "New"\nmsgstr ""'
		);
	} );
} );
