import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { bareKind, bareServerText, untranslatedJsx } from './untranslated';

/** The text domain every translatable string must name. */
export const TEXT_DOMAIN = 'wu-plan-change';

/** Translation functions and the argument index of their text domain. */
const FUNCTIONS: Record<
	string,
	{ domainIndex: number; plural: boolean; context: boolean }
> = {
	__: { domainIndex: 1, plural: false, context: false },
	_x: { domainIndex: 2, plural: false, context: true },
	_n: { domainIndex: 3, plural: true, context: false },
	_nx: { domainIndex: 4, plural: true, context: true },
};

export interface ExtractedString {
	msgid: string;
	plural?: string;
	context?: string;
	/** `file:line` of each use. */
	references: string[];
	/** The translators comment before the call, if any. */
	comment?: string;
}

export interface I18nProblem {
	reference: string;
	problem: string;
}

function literal( node: ts.Expression | undefined ): string | null {
	return node &&
		( ts.isStringLiteral( node ) ||
			ts.isNoSubstitutionTemplateLiteral( node ) )
		? node.text
		: null;
}

function translatorsComment(
	source: ts.SourceFile,
	node: ts.Node
): string | undefined {
	const text = source.getFullText();
	// A comment on the same line as the code before it counts as that code's trailing comment.
	const commentsAt = ( pos: number ) => [
		...( ts.getLeadingCommentRanges( text, pos ) ?? [] ),
		...( ts.getTrailingCommentRanges( text, pos ) ?? [] ),
	];
	const ranges = [ node, ...( node as ts.CallExpression ).arguments ].flatMap(
		( n ) => commentsAt( n.getFullStart() )
	);
	// A translators comment on the statement that holds the call (`/* translators: … */ return sprintf( __( … ) )`).
	let ancestor: ts.Node | undefined = node.parent;
	while ( ancestor && ! ts.isSourceFile( ancestor ) && ranges.length === 0 ) {
		ranges.push( ...commentsAt( ancestor.getFullStart() ) );
		ancestor = ts.isBlock( ancestor ) ? undefined : ancestor.parent;
	}
	const comment = ranges
		.map( ( r ) => text.slice( r.pos, r.end ) )
		.find( ( c ) => /translators:/i.test( c ) );
	return comment?.replace( /^\/\*+|\*+\/$|^\/\//g, '' ).trim();
}

/** Every translatable string of the TypeScript files under `roots`, and calls that break the rules. */
export function extractStrings(
	repoRoot: string,
	roots: string[]
): { strings: ExtractedString[]; problems: I18nProblem[] } {
	const byKey = new Map< string, ExtractedString >();
	const problems: I18nProblem[] = [];
	const files = roots.flatMap( ( root ) =>
		listSources( path.join( repoRoot, root ) )
	);
	for ( const file of files ) {
		const source = ts.createSourceFile(
			file,
			fs.readFileSync( file, 'utf8' ),
			ts.ScriptTarget.Latest,
			true,
			file.endsWith( 'x' ) ? ts.ScriptKind.TSX : ts.ScriptKind.TS
		);
		const visit = ( node: ts.Node ) => {
			const untranslated = untranslatedJsx( node );
			if ( untranslated ) {
				problems.push( {
					reference: `${ path.relative( repoRoot, file ) }:${ source.getLineAndCharacterOfPosition( node.getStart() ).line + 1 }`,
					problem: `untranslated text in JSX: '${ untranslated }'`,
				} );
			}
			const bare = bareServerText( node );
			if ( bare ) {
				problems.push( {
					reference: `${ path.relative( repoRoot, file ) }:${ source.getLineAndCharacterOfPosition( bare.getStart() ).line + 1 }`,
					problem: `untranslated ${ bareKind( node ) }: ${ bare.getText( source ) }`,
				} );
			}
			if (
				ts.isCallExpression( node ) &&
				ts.isIdentifier( node.expression ) &&
				FUNCTIONS[ node.expression.text ]
			) {
				const spec = FUNCTIONS[ node.expression.text ];
				const reference = `${ path.relative( repoRoot, file ) }:${ source.getLineAndCharacterOfPosition( node.getStart() ).line + 1 }`;
				const msgid = literal( node.arguments[ 0 ] );
				const plural = spec.plural
					? literal( node.arguments[ 1 ] )
					: undefined;
				const context = spec.context
					? literal( node.arguments[ spec.plural ? 3 : 1 ] )
					: undefined;
				const domain = literal( node.arguments[ spec.domainIndex ] );
				if ( msgid === null || plural === null || context === null ) {
					problems.push( {
						reference,
						problem:
							'the text is not a string literal, so it cannot be extracted',
					} );
				} else if ( domain !== TEXT_DOMAIN ) {
					problems.push( {
						reference,
						problem: `the text domain is ${ domain === null ? 'missing or not a literal' : `'${ domain }'` }, not '${ TEXT_DOMAIN }'`,
					} );
				} else {
					const key = `${ context ?? '' }\u0004${ msgid }`;
					const entry = byKey.get( key ) ?? {
						msgid,
						plural,
						context,
						references: [],
					};
					entry.references.push( reference );
					entry.comment ??= translatorsComment( source, node );
					byKey.set( key, entry );
					if (
						/%(\d\$)?[sd]/.test( msgid ) &&
						( msgid.match( /%(\d\$)?[sd]/g ) ?? [] ).length > 1 &&
						/%[sd]/.test( msgid )
					) {
						problems.push( {
							reference,
							problem: `'${ msgid }' has several placeholders: number them (%1$s, %2$s) so translators can reorder them`,
						} );
					}
					if ( /%(\d\$)?[sd]/.test( msgid ) && ! entry.comment ) {
						problems.push( {
							reference,
							problem: `'${ msgid }' has placeholders but no translators comment`,
						} );
					}
				}
			}
			ts.forEachChild( node, visit );
		};
		visit( source );
	}
	return { strings: [ ...byKey.values() ], problems };
}

function listSources( dir: string ): string[] {
	if ( ! fs.existsSync( dir ) ) {
		return [];
	}
	return fs
		.readdirSync( dir, { withFileTypes: true } )
		.flatMap( ( entry ) => {
			const full = path.join( dir, entry.name );
			if ( entry.isDirectory() ) {
				return entry.name === 'node_modules' ? [] : listSources( full );
			}
			return /\.tsx?$/.test( entry.name ) &&
				! entry.name.endsWith( '.d.ts' )
				? [ full ]
				: [];
		} );
}

function quote( text: string ): string {
	return `"${ text.replace( /\\/g, '\\\\' ).replace( /"/g, '\\"' ).replace( /\n/g, '\\n' ) }"`;
}

/** A gettext POT file of the strings. */
export function toPot( strings: ExtractedString[] ): string {
	const header = [
		'msgid ""',
		'msgstr ""',
		'"Project-Id-Version: wu-plan-change\\n"',
		'"MIME-Version: 1.0\\n"',
		'"Content-Type: text/plain; charset=UTF-8\\n"',
		'"Content-Transfer-Encoding: 8bit\\n"',
		`"X-Domain: ${ TEXT_DOMAIN }\\n"`,
		'',
	];
	const entries = strings.map( ( s ) =>
		[
			...( s.comment ? [ `#. ${ s.comment }` ] : [] ),
			`#: ${ s.references.join( ' ' ) }`,
			...( s.context !== undefined
				? [ `msgctxt ${ quote( s.context ) }` ]
				: [] ),
			`msgid ${ quote( s.msgid ) }`,
			...( s.plural !== undefined
				? [
						`msgid_plural ${ quote( s.plural ) }`,
						'msgstr[0] ""',
						'msgstr[1] ""',
					]
				: [ 'msgstr ""' ] ),
			'',
		].join( '\n' )
	);
	return [ header.join( '\n' ), ...entries ].join( '\n' );
}
