import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import path from 'node:path';
import { createI18n, sprintf as wpSprintf, type I18n, type LocaleData } from '@wordpress/i18n';

/** The locales the plugin is translated to (languages/wu-plan-change-<locale>.po). */
export const LOCALES = [ 'en_US', 'nb_NO' ] as const;
export type Locale = ( typeof LOCALES )[ number ];

const TEXT_DOMAIN = 'wu-plan-change';
const LANGUAGES_DIR = path.resolve( __dirname, '../../languages' );

export function isLocale( value: unknown ): value is Locale {
	return typeof value === 'string' && ( LOCALES as readonly string[] ).includes( value );
}

/** The BCP 47 tag of a locale for `<html lang>` and `Intl`: nb_NO → "nb-NO". */
export function languageTag( locale: Locale ): string {
	return locale.replace( '_', '-' );
}

const localeDataCache = new Map< Locale, LocaleData | null >();

/**
 * The JED locale data of a locale (what `setLocaleData` takes), from the JSON that `npm run i18n`
 * generates from languages/wu-plan-change-<locale>.po; null for en_US (the source strings).
 */
export function localeData( locale: Locale ): LocaleData | null {
	if ( locale === 'en_US' ) {
		return null;
	}
	let data = localeDataCache.get( locale );
	if ( data === undefined ) {
		const file = path.join( LANGUAGES_DIR, `${ TEXT_DOMAIN }-${ locale }.json` );
		data = fs.existsSync( file ) ? ( JSON.parse( fs.readFileSync( file, 'utf8' ) ) as { locale_data: Record< string, LocaleData > } ).locale_data[ TEXT_DOMAIN ] : null;
		localeDataCache.set( locale, data );
	}
	return data;
}

/**
 * The server's translation functions, with the API of `@wordpress/i18n`'s defaults but from
 * instances without WordPress hooks: the server has no filters to run, and a call costs ~35 ns
 * instead of ~500 ns (a quote makes dozens). One instance per locale, made when first used.
 */
const english = createI18n();
const instances = new Map< Locale, I18n >( [ [ 'en_US', english ] ] );

function instanceFor( locale: Locale ): I18n {
	let instance = instances.get( locale );
	if ( ! instance ) {
		instance = createI18n( localeData( locale ) ?? undefined, TEXT_DOMAIN );
		instances.set( locale, instance );
	}
	return instance;
}

/** The locale of the work in progress: a request's (http/locale.ts), a quote worker's message's. */
const current = new AsyncLocalStorage< Locale >();

/** Runs `work` (and everything it starts) in `locale`. */
export function withLocale< T >( locale: Locale, work: () => T ): T {
	return current.run( locale, work );
}

/** The locale `__` translates to now: the request's, en_US outside one. */
export function currentLocale(): Locale {
	return current.getStore() ?? 'en_US';
}

function translator(): I18n {
	const locale = current.getStore();
	return locale === undefined || locale === 'en_US' ? english : instanceFor( locale );
}

export const __: I18n[ '__' ] = ( text, domain ) => translator().__( text, domain );
export const _x: I18n[ '_x' ] = ( text, context, domain ) => translator()._x( text, context, domain );
export const _n: I18n[ '_n' ] = ( single, plural, number, domain ) => translator()._n( single, plural, number, domain );

/**
 * The locale an `Accept-Language` header asks for among ours, or null: Norwegian (nb, no, nn,
 * with any region) is nb_NO, English en_US; the first one the header ranks highest wins.
 */
export function localeFromAcceptLanguage( header: string | undefined ): Locale | null {
	const ranked = ( header ?? '' )
		.split( ',' )
		.map( ( part, index ) => {
			const [ tag, ...params ] = part.trim().split( ';' );
			const q = params.map( ( p ) => /^\s*q\s*=\s*([0-9.]+)\s*$/.exec( p ) ).find( Boolean );
			return { language: tag.trim().toLowerCase().split( '-' )[ 0 ], q: q ? Number( q[ 1 ] ) : 1, index };
		} )
		.filter( ( entry ) => entry.language !== '' && entry.q > 0 )
		.sort( ( a, b ) => b.q - a.q || a.index - b.index );
	for ( const { language } of ranked ) {
		if ( [ 'nb', 'no', 'nn' ].includes( language ) ) {
			return 'nb_NO';
		}
		if ( language === 'en' ) {
			return 'en_US';
		}
	}
	return null;
}

/** A format split once: literal text and placeholders (`%s`, `%d`, `%f`, `%2$s`, `%.2f` …). */
type Part = string | { index: number | null; type: 's' | 'd' | 'f'; precision: number | null };

const PLACEHOLDER = /%(?:(\d+)\$)?(?:\.(\d+))?([sdf%])/g;
const ANY_PERCENT = /%/g;
const FORMATS_KEPT = 2000;
const compiled = new Map< string, Part[] | null >();

/** The parts of a format, or null when it uses more than this subset (named, `*`, flags, other types). */
function compile( format: string ): Part[] | null {
	const parts: Part[] = [];
	let last = 0;
	let placeholders = 0;
	for ( const match of format.matchAll( PLACEHOLDER ) ) {
		parts.push( format.slice( last, match.index ) );
		parts.push( match[ 3 ] === '%' ? '%' : { index: match[ 1 ] ? Number( match[ 1 ] ) : null, type: match[ 3 ] as 's' | 'd' | 'f', precision: match[ 2 ] ? Number( match[ 2 ] ) : null } );
		last = match.index + match[ 0 ].length;
		placeholders++;
	}
	parts.push( format.slice( last ) );
	return ( format.match( ANY_PERCENT )?.length ?? 0 ) === placeholders + ( format.match( /%%/g )?.length ?? 0 ) ? parts : null;
}

/**
 * `sprintf` of `@wordpress/i18n` with the same results, each format parsed once: explanations
 * call it a dozen times per quote, and parsing was a quarter of a quote's pricing
 * (docs/benchmarks.md). Formats outside the common subset go to `@wordpress/i18n`'s own.
 */
export function sprintf( format: string, ...args: unknown[] ): string {
	let parts = compiled.get( format );
	if ( parts === undefined ) {
		if ( compiled.size >= FORMATS_KEPT ) {
			compiled.clear();
		}
		parts = compile( format );
		compiled.set( format, parts );
	}
	if ( parts === null ) {
		return ( wpSprintf as ( format: string, ...values: unknown[] ) => string )( format, ...args );
	}
	let out = '';
	let next = 0;
	for ( const part of parts ) {
		if ( typeof part === 'string' ) {
			out += part;
			continue;
		}
		let value = args[ part.index === null ? next : part.index - 1 ] as unknown;
		next++;
		if ( part.type === 'd' ) {
			value = parseInt( value as string ) || 0;
		} else if ( part.type === 'f' ) {
			value = parseFloat( value as string ) || 0;
			if ( part.precision !== null ) {
				value = ( value as number ).toFixed( part.precision );
			}
		} else if ( part.precision !== null ) {
			// As @wordpress/i18n: only a string has a precision (anything else throws there too).
			value = ( value as string ).substr( 0, part.precision );
		}
		out += value === undefined || value === null ? '' : String( value );
	}
	return out;
}
