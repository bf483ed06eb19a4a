import { entryKey, type PoFile } from './po';

/** JED 1.x locale data, as `wp i18n make-json` writes it: `locale_data[domain]` goes to `setLocaleData`. */
export interface JedData {
	domain: string;
	locale_data: Record<
		string,
		Record<
			string,
			string[] | { domain: string; lang: string; 'plural-forms': string }
		>
	>;
}

/** The JED data of a PO's translated, not fuzzy, live entries. */
export function toJed( po: PoFile, domain: string ): JedData {
	const header = ( name: string ) =>
		po.headers.find(
			( [ key ] ) => key.toLowerCase() === name.toLowerCase()
		)?.[ 1 ] ?? '';
	const messages: JedData[ 'locale_data' ][ string ] = {
		'': {
			domain,
			lang: header( 'Language' ),
			'plural-forms':
				header( 'Plural-Forms' ) || 'nplurals=2; plural=(n != 1);',
		},
	};
	for ( const entry of po.entries ) {
		if (
			entry.obsolete ||
			entry.flags.includes( 'fuzzy' ) ||
			! entry.msgstr.every( Boolean ) ||
			entry.msgstr.length === 0
		) {
			continue;
		}
		messages[ entryKey( entry ) ] = entry.msgstr;
	}
	return { domain, locale_data: { [ domain ]: messages } };
}
