import type { ExtractedString } from './extract-strings';
import { entryKey, pluralCount, type PoFile } from './po';

/** The placeholders of a format as sprintf reads them: `%s`, `%d`, `%1$s`, `%.2f` (not `%%`). */
export function placeholders( text: string ): string[] {
	return [
		...text
			.replace( /%%/g, '' )
			.matchAll( /%(?:(\d+)\$)?(?:\.\d+)?([sdf])/g ),
	].map( ( m ) => ( m[ 1 ] ? `%${ m[ 1 ] }$${ m[ 2 ] }` : `%${ m[ 2 ] }` ) );
}

/**
 * Why a translation's placeholders differ from its source's, or null: numbered ones may move
 * but must all be there with their numbers and types; unnumbered ones keep their order.
 */
export function placeholderProblem(
	source: string,
	translation: string
): string | null {
	const want = placeholders( source );
	const got = placeholders( translation );
	const sorted = ( list: string[] ) =>
		list.some( ( p ) => p.includes( '$' ) ) ? [ ...list ].sort() : list;
	return sorted( want ).join( ' ' ) === sorted( got ).join( ' ' )
		? null
		: `placeholders ${ want.join( ' ' ) || 'none' } became ${ got.join( ' ' ) || 'none' }`;
}

export interface TranslationProblem {
	msgid: string;
	problem: string;
}

/** Strings of the code a PO does not translate (every plural form, not fuzzy), and translations that break a placeholder. */
export function translationProblems(
	po: PoFile,
	strings: ExtractedString[]
): TranslationProblem[] {
	const entries = new Map(
		po.entries
			.filter( ( e ) => ! e.obsolete )
			.map( ( e ) => [ entryKey( e ), e ] )
	);
	const forms = pluralCount( po );
	const problems: TranslationProblem[] = [];
	for ( const s of strings ) {
		const entry = entries.get(
			entryKey( { msgctxt: s.context, msgid: s.msgid } )
		);
		const count = s.plural !== undefined ? forms : 1;
		if (
			! entry ||
			entry.flags.includes( 'fuzzy' ) ||
			entry.msgstr.length !== count ||
			! entry.msgstr.every( Boolean )
		) {
			problems.push( {
				msgid: s.msgid,
				problem: entry?.flags.includes( 'fuzzy' )
					? 'fuzzy'
					: 'not translated',
			} );
			continue;
		}
		entry.msgstr.forEach( ( translation, index ) => {
			// As gettext: form 0 translates the singular, the others the plural.
			const source =
				index === 0 || s.plural === undefined ? s.msgid : s.plural;
			const problem = placeholderProblem( source, translation );
			if ( problem ) {
				problems.push( {
					msgid: s.msgid,
					problem: `msgstr[${ index }]: ${ problem }`,
				} );
			}
		} );
	}
	return problems;
}
