import { createI18n, sprintf as wpSprintf } from '@wordpress/i18n';

/**
 * The server's translation functions, with the API of `@wordpress/i18n`'s defaults but from an
 * instance without WordPress hooks: the server has no filters to run, and a call costs ~35 ns
 * instead of ~500 ns (a quote makes dozens). Translations load with `setLocaleData`.
 */
const i18n = createI18n();

export const { __, _n, _x, setLocaleData } = i18n;

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
