import fs from 'node:fs';
import os from 'node:os';
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
				"export const d = ( reader: ParamReader, field: string ) => reader.fail( field, `${ field } must be a list.` );",
				"export const e = ( reader: ParamReader ) => reader.string( 'path', { patternHint: 'path looks like /a/.' } );",
				"export const f = ( reader: ParamReader, n: number ) => reader.fail( 'n', n > 1 ? 'Too many.' : __( 'Too few.', 'wu-plan-change' ) );",
				"export const ok1 = () => new DomainError( 'not_found', 'rest_not_found', __( 'Nothing here.', 'wu-plan-change' ) );",
				"export const ok2 = ( reader: ParamReader, field: string ) => reader.fail( `usage.${ field }`, sprintf( /* translators: %s: field */ __( '%s is bad.', 'wu-plan-change' ), field ) );",
			].join( '\n' )
		);
		const { problems } = extractStrings( dir, [ 'src' ] );
		const lines = ( kind: string ) => problems.filter( ( p ) => p.problem.startsWith( `untranslated ${ kind }` ) ).map( ( p ) => p.reference );
		expect( lines( 'DomainError message' ) ).toEqual( [ 'src/bad.ts:2', 'src/bad.ts:3' ] );
		expect( lines( 'fail() reason' ) ).toEqual( [ 'src/bad.ts:4', 'src/bad.ts:5', 'src/bad.ts:7' ] );
		expect( lines( 'patternHint' ) ).toEqual( [ 'src/bad.ts:6' ] );
		expect( problems ).toHaveLength( 6 );
		fs.rmSync( dir, { recursive: true, force: true } );
	} );
} );
