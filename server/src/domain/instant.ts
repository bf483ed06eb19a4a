import { __, currentLocale, languageTag, sprintf } from '../i18n';
import { DomainError } from './errors';

/** Milliseconds in one day (UTC has no daylight saving). */
export const DAY_MS = 86_400_000;

const MONTHS = [ 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec' ];

const DAYS_IN_MONTH = [ 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 ];

/** The number of the `length` ASCII digits at `at`, or -1. */
function digits( value: string, at: number, length: number ): number {
	let n = 0;
	for ( let i = at; i < at + length; i++ ) {
		const d = value.charCodeAt( i ) - 48;
		if ( d < 0 || d > 9 ) {
			return -1;
		}
		n = n * 10 + d;
	}
	return n;
}

/**
 * `Date.parse` of the two forms instants take here (`2026-03-11T10:00:00Z`, and with `.sssZ`),
 * read field by field, or NaN to let `Date.parse` decide: it is a third of pricing a quote
 * (docs/benchmarks.md). Equal to `Date.parse` wherever it answers (tests/server/domain/instant).
 */
export function parseCanonicalInstant( value: string ): number {
	const length = value.length;
	if ( ( length !== 20 && length !== 24 ) || value.charCodeAt( length - 1 ) !== 90 /* Z */ ) {
		return NaN;
	}
	if ( value[ 4 ] !== '-' || value[ 7 ] !== '-' || value[ 10 ] !== 'T' || value[ 13 ] !== ':' || value[ 16 ] !== ':' || ( length === 24 && value[ 19 ] !== '.' ) ) {
		return NaN;
	}
	const year = digits( value, 0, 4 );
	const month = digits( value, 5, 2 );
	const day = digits( value, 8, 2 );
	const hour = digits( value, 11, 2 );
	const minute = digits( value, 14, 2 );
	const second = digits( value, 17, 2 );
	const milli = length === 24 ? digits( value, 20, 3 ) : 0;
	const leap = year % 4 === 0 && ( year % 100 !== 0 || year % 400 === 0 );
	if ( year < 100 || month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[ month - 1 ] + ( month === 2 && leap ? 1 : 0 ) ) {
		return NaN;
	}
	if ( hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || milli < 0 ) {
		return NaN;
	}
	return Date.UTC( year, month - 1, day, hour, minute, second, milli );
}

/**
 * Instants read recently, by their text: pricing a change reads the same few (now, the period's
 * start and end) many times over. Emptied when full; a pure cache of a pure function.
 */
const parsed = new Map< string, number >();
const PARSED_KEPT = 4096;

/** Milliseconds since the epoch of an ISO 8601 UTC instant ending in `Z` (RULES M3); throws otherwise. */
export function parseInstant( value: string ): number {
	const known = parsed.get( value );
	if ( known !== undefined ) {
		return known;
	}
	const ms = readInstantText( value );
	if ( parsed.size >= PARSED_KEPT ) {
		parsed.clear();
	}
	parsed.set( value, ms );
	return ms;
}

function readInstantText( value: string ): number {
	let ms = typeof value === 'string' ? parseCanonicalInstant( value ) : NaN;
	if ( Number.isNaN( ms ) ) {
		ms = typeof value === 'string' && value.endsWith( 'Z' ) ? Date.parse( value ) : NaN;
	}
	if ( Number.isNaN( ms ) ) {
		throw new DomainError( 'invalid', 'rest_invalid_param', sprintf( /* translators: %s: the value given */ __( 'Not a UTC instant: %s.', 'wu-plan-change' ), String( value ) ), {
			params: { instant: __( 'must be ISO 8601 UTC ending in Z', 'wu-plan-change' ) },
		} );
	}
	return ms;
}

/** ISO 8601 UTC string of epoch milliseconds, without ".000" when the milliseconds are zero. */
export function toInstant( ms: number ): string {
	const iso = new Date( ms ).toISOString();
	return iso.endsWith( '.000Z' ) ? `${ iso.slice( 0, -5 ) }Z` : iso;
}

/** The instant `minutes` whole minutes after `instant` (ISO 8601 UTC). */
export function addMinutes( instant: string, minutes: number ): string {
	return toInstant( parseInstant( instant ) + minutes * 60_000 );
}

/** True when instant a is strictly before instant b. */
export function isBefore( a: string, b: string ): boolean {
	return parseInstant( a ) < parseInstant( b );
}

const DAY_FORMATS = new Map< string, Intl.DateTimeFormat >();

/** The UTC calendar day of an instant for explanations, in the current locale: "1 Apr 2026", "1. april 2026". */
export function formatDay( instant: string ): string {
	const date = new Date( parseInstant( instant ) );
	const locale = currentLocale();
	if ( locale === 'en_US' ) {
		return `${ date.getUTCDate() } ${ MONTHS[ date.getUTCMonth() ] } ${ date.getUTCFullYear() }`;
	}
	let format = DAY_FORMATS.get( locale );
	if ( ! format ) {
		format = new Intl.DateTimeFormat( languageTag( locale ), { dateStyle: 'long', timeZone: 'UTC' } );
		DAY_FORMATS.set( locale, format );
	}
	return format.format( date );
}

/** The UTC day of month (1–31) of an instant: the anchor day of a period started then (RULES M4). */
export function dayOfMonth( instant: string ): number {
	return new Date( parseInstant( instant ) ).getUTCDate();
}
