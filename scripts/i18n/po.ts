/**
 * A small reader and writer of gettext PO files (the subset this plugin writes: translator and
 * extracted comments, references, flags, msgctxt, plurals, obsolete `#~` entries), the merge of a
 * POT into a PO that keeps translations (as msgmerge, without fuzzy matching), and the JED 1.x
 * JSON that `@wordpress/i18n`'s `setLocaleData` takes (as `wp i18n make-json` writes it).
 */
import type { ExtractedString } from './extract-strings';

export interface PoEntry {
	/** `# ` lines: the translator's own notes. */
	translatorComments: string[];
	/** `#.` lines: notes for translators from the code. */
	extractedComments: string[];
	/** `#:` references (`file:line`). */
	references: string[];
	/** `#,` flags such as `fuzzy`. */
	flags: string[];
	msgctxt?: string;
	msgid: string;
	msgidPlural?: string;
	/** One form without a plural, `nplurals` forms with one. */
	msgstr: string[];
	/** `#~` entries: translations of strings the code no longer has, kept for when they return. */
	obsolete?: boolean;
}

export interface PoFile {
	/** The header entry's fields in order (`Language`, `Plural-Forms` …). */
	headers: [ string, string ][];
	entries: PoEntry[];
}

/** The key `@wordpress/i18n` looks strings up by: the context, EOT, the msgid. */
export function entryKey( entry: { msgctxt?: string; msgid: string } ): string {
	return entry.msgctxt !== undefined
		? `${ entry.msgctxt }\u0004${ entry.msgid }`
		: entry.msgid;
}

function unquote( text: string, where: number ): string {
	const match = /^"((?:[^"\\]|\\.)*)"$/.exec( text.trim() );
	if ( ! match ) {
		throw new Error(
			`PO line ${ where }: expected a quoted string, got ${ text }`
		);
	}
	return match[ 1 ].replace(
		/\\(.)/g,
		( _m, c: string ) =>
			( { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' } )[ c ] ?? c
	);
}

function quote( text: string ): string {
	return `"${ text.replace( /\\/g, '\\\\' ).replace( /"/g, '\\"' ).replace( /\t/g, '\\t' ).replace( /\n/g, '\\n' ) }"`;
}

function emptyEntry(): PoEntry {
	return {
		translatorComments: [],
		extractedComments: [],
		references: [],
		flags: [],
		msgid: '',
		msgstr: [],
	};
}

/** Parses a PO (or POT) file. */
export function parsePo( text: string ): PoFile {
	const entries: PoEntry[] = [];
	let entry = emptyEntry();
	let field: 'msgctxt' | 'msgid' | 'msgidPlural' | number | null = null;
	let started = false;
	const finish = () => {
		if ( started ) {
			entries.push( entry );
		}
		entry = emptyEntry();
		field = null;
		started = false;
	};
	const lines = text.split( /\r?\n/ );
	lines.forEach( ( raw, index ) => {
		let line = raw.trim();
		const obsolete = line.startsWith( '#~' );
		if ( obsolete ) {
			line = line.slice( 2 ).trim();
		}
		if ( line === '' ) {
			finish();
			return;
		}
		if ( line.startsWith( '#' ) ) {
			if ( started ) {
				finish();
			}
			const body = line.slice( 2 ).trim();
			if ( line.startsWith( '#.' ) ) {
				entry.extractedComments.push( body );
			} else if ( line.startsWith( '#:' ) ) {
				entry.references.push(
					...body.split( /\s+/ ).filter( Boolean )
				);
			} else if ( line.startsWith( '#,' ) ) {
				entry.flags.push(
					...body
						.split( ',' )
						.map( ( flag ) => flag.trim() )
						.filter( Boolean )
				);
			} else if ( ! line.startsWith( '#|' ) ) {
				entry.translatorComments.push( line.slice( 1 ).trim() );
			}
			return;
		}
		if ( obsolete ) {
			entry.obsolete = true;
		}
		const keyword =
			/^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$/.exec(
				line
			);
		if ( keyword ) {
			// A msgctxt or msgid after a msgstr starts the next entry (a PO without blank lines).
			if (
				( keyword[ 1 ] === 'msgctxt' || keyword[ 1 ] === 'msgid' ) &&
				typeof field === 'number'
			) {
				finish();
				entry.obsolete = obsolete || undefined;
			}
			started = true;
			const value = unquote( keyword[ 3 ], index + 1 );
			if ( keyword[ 1 ] === 'msgctxt' ) {
				field = 'msgctxt';
				entry.msgctxt = value;
			} else if ( keyword[ 1 ] === 'msgid' ) {
				field = 'msgid';
				entry.msgid = value;
			} else if ( keyword[ 1 ] === 'msgid_plural' ) {
				field = 'msgidPlural';
				entry.msgidPlural = value;
			} else {
				field = keyword[ 2 ] !== undefined ? Number( keyword[ 2 ] ) : 0;
				entry.msgstr[ field ] = value;
			}
			return;
		}
		if ( line.startsWith( '"' ) && field !== null ) {
			const value = unquote( line, index + 1 );
			if ( typeof field === 'number' ) {
				entry.msgstr[ field ] += value;
			} else if ( field === 'msgctxt' ) {
				entry.msgctxt += value;
			} else if ( field === 'msgid' ) {
				entry.msgid += value;
			} else {
				entry.msgidPlural += value;
			}
			return;
		}
		throw new Error( `PO line ${ index + 1 }: cannot read ${ raw }` );
	} );
	finish();
	const headerIndex = entries.findIndex(
		( e ) => e.msgid === '' && e.msgctxt === undefined && ! e.obsolete
	);
	const headers: [ string, string ][] = [];
	if ( headerIndex >= 0 ) {
		for ( const row of ( entries[ headerIndex ].msgstr[ 0 ] ?? '' ).split(
			'\n'
		) ) {
			const colon = row.indexOf( ':' );
			if ( colon > 0 ) {
				headers.push( [
					row.slice( 0, colon ).trim(),
					row.slice( colon + 1 ).trim(),
				] );
			}
		}
		entries.splice( headerIndex, 1 );
	}
	return { headers, entries };
}

function writeEntry( entry: PoEntry ): string {
	const prefix = entry.obsolete ? '#~ ' : '';
	const lines = [
		...entry.translatorComments.map( ( c ) => ( c ? `# ${ c }` : '#' ) ),
		...entry.extractedComments.map( ( c ) => `#. ${ c }` ),
		...( entry.references.length > 0 && ! entry.obsolete
			? [ `#: ${ entry.references.join( ' ' ) }` ]
			: [] ),
		...( entry.flags.length > 0
			? [ `#, ${ entry.flags.join( ', ' ) }` ]
			: [] ),
	];
	const body = [
		...( entry.msgctxt !== undefined
			? [ `msgctxt ${ quote( entry.msgctxt ) }` ]
			: [] ),
		`msgid ${ quote( entry.msgid ) }`,
		...( entry.msgidPlural !== undefined
			? [
					`msgid_plural ${ quote( entry.msgidPlural ) }`,
					...entry.msgstr.map(
						( s, i ) => `msgstr[${ i }] ${ quote( s ?? '' ) }`
					),
				]
			: [ `msgstr ${ quote( entry.msgstr[ 0 ] ?? '' ) }` ] ),
	];
	return [ ...lines, ...body.map( ( line ) => prefix + line ) ].join( '\n' );
}

/** Writes a PO file: the header entry, then the entries in order, obsolete ones last. */
export function writePo( po: PoFile ): string {
	const header = [
		'msgid ""',
		'msgstr ""',
		...po.headers.map( ( [ name, value ] ) =>
			quote( `${ name }: ${ value }\n` )
		),
	].join( '\n' );
	const live = po.entries.filter( ( e ) => ! e.obsolete );
	const obsolete = po.entries.filter( ( e ) => e.obsolete );
	return (
		[
			header,
			...live.map( writeEntry ),
			...obsolete.map( writeEntry ),
		].join( '\n\n' ) + '\n'
	);
}

/** The number of plural forms a `Plural-Forms` header declares (2 when it says nothing). */
export function pluralCount( po: PoFile ): number {
	const value =
		po.headers.find(
			( [ name ] ) => name.toLowerCase() === 'plural-forms'
		)?.[ 1 ] ?? '';
	return Number( /nplurals\s*=\s*(\d+)/.exec( value )?.[ 1 ] ?? 2 );
}

/**
 * The PO for the strings of the code: every extracted string, in the code's order, with the
 * translation the PO had for it (by context and msgid) and the code's references and comments;
 * translations of strings the code dropped are kept as obsolete entries.
 */
export function mergePo(
	po: PoFile,
	strings: ExtractedString[]
): { po: PoFile; added: number; obsoleted: number } {
	const known = new Map( po.entries.map( ( e ) => [ entryKey( e ), e ] ) );
	const forms = pluralCount( po );
	let added = 0;
	const entries: PoEntry[] = strings.map( ( s ) => {
		const previous = known.get(
			entryKey( { msgctxt: s.context, msgid: s.msgid } )
		);
		known.delete( entryKey( { msgctxt: s.context, msgid: s.msgid } ) );
		if ( ! previous ) {
			added++;
		}
		const empty =
			s.plural !== undefined
				? Array.from( { length: forms }, () => '' )
				: [ '' ];
		const msgstr =
			previous &&
			( previous.msgidPlural !== undefined ) ===
				( s.plural !== undefined )
				? previous.msgstr
				: empty;
		return {
			translatorComments: previous?.translatorComments ?? [],
			extractedComments: s.comment ? [ s.comment ] : [],
			references: s.references,
			flags: previous?.flags ?? [],
			msgctxt: s.context,
			msgid: s.msgid,
			msgidPlural: s.plural,
			msgstr,
		};
	} );
	const obsolete = [ ...known.values() ]
		.filter( ( e ) => e.msgstr.some( Boolean ) )
		.map( ( e ) => ( { ...e, obsolete: true, references: [] } ) );
	return {
		po: { headers: po.headers, entries: [ ...entries, ...obsolete ] },
		added,
		obsoleted: obsolete.length,
	};
}
