import { __, currentLocale, languageTag, sprintf } from '../i18n';
import { cacheEnabled } from './cache-switches';
import { DomainError } from './errors';

/** Milliseconds in one day (UTC has no daylight saving). */
export const DAY_MS = 86_400_000;

const MONTHS = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'May',
	'Jun',
	'Jul',
	'Aug',
	'Sep',
	'Oct',
	'Nov',
	'Dec',
];

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
 * `Date.parse` of the two forms instants are stored in (`2026-03-11T10:00:00Z`, and with
 * `.sssZ`), read field by field, or NaN for anything else: tells a stored instant that is already
 * canonical (db/instants.ts). Equal to `Date.parse` wherever it answers (tests/server/domain/instant).
 */
export function parseCanonicalInstant( value: string ): number {
	const length = value.length;
	if (
		( length !== 20 && length !== 24 ) ||
		value.charCodeAt( length - 1 ) !== 90 /* Z */
	) {
		return NaN;
	}
	if (
		value[ 4 ] !== '-' ||
		value[ 7 ] !== '-' ||
		value[ 10 ] !== 'T' ||
		value[ 13 ] !== ':' ||
		value[ 16 ] !== ':' ||
		( length === 24 && value[ 19 ] !== '.' )
	) {
		return NaN;
	}
	const year = digits( value, 0, 4 );
	const month = digits( value, 5, 2 );
	const day = digits( value, 8, 2 );
	const leap = year % 4 === 0 && ( year % 100 !== 0 || year % 400 === 0 );
	if (
		year < 100 ||
		month < 1 ||
		month > 12 ||
		day < 1 ||
		day > DAYS_IN_MONTH[ month - 1 ] + ( month === 2 && leap ? 1 : 0 )
	) {
		return NaN;
	}
	const hour = digits( value, 11, 2 );
	const minute = digits( value, 14, 2 );
	const second = digits( value, 17, 2 );
	const milli = length === 24 ? digits( value, 20, 3 ) : 0;
	if (
		hour < 0 ||
		hour > 23 ||
		minute < 0 ||
		minute > 59 ||
		second < 0 ||
		second > 59 ||
		milli < 0
	) {
		return NaN;
	}
	return Date.UTC( year, month - 1, day, hour, minute, second, milli );
}

/** The first instant of year 1000 and the last of year 9999 (ms): every instant has a four-digit year (RULES M6, decision 14). */
export const EARLIEST_INSTANT_MS = Date.UTC( 1000, 0, 1 );
export const LATEST_INSTANT_MS = Date.UTC( 9999, 11, 31, 23, 59, 59, 999 );

/** True when `ms` is a whole millisecond instant in the years 1000–9999 (RULES M6). */
export function isInstantInRange( ms: number ): boolean {
	return ms >= EARLIEST_INSTANT_MS && ms <= LATEST_INSTANT_MS;
}

/** Milliseconds shown as an ISO instant where JavaScript can (e.g. `+012026-03-11T10:00:00.000Z`), else as the number. */
function showMs( ms: number ): string {
	return Math.abs( ms ) <= 8.64e15
		? new Date( ms ).toISOString()
		: String( ms );
}

/** The typed refusal of an instant outside the years 1000–9999 (`wu_instant_out_of_range`, 400), never a RangeError. */
export function instantOutOfRange( shown: string ): DomainError {
	return new DomainError(
		'invalid',
		'wu_instant_out_of_range',
		sprintf(
			/* translators: %s: the instant or number of milliseconds */ __(
				'The instant %s is outside the years 1000–9999.',
				'wu-plan-change'
			),
			shown
		),
		{
			params: {
				instant: __(
					'must have a four-digit year (1000–9999)',
					'wu-plan-change'
				),
			},
		}
	);
}

/** Milliseconds since the epoch of an ISO 8601 UTC instant ending in `Z` (RULES M3); throws otherwise. */
export function parseInstant( value: string ): number {
	// NOTE: `Date.parse` reads the stored forms as fast as a hand-made reader did (docs/benchmarks.md, A/B).
	const ms =
		typeof value === 'string' && value.endsWith( 'Z' )
			? Date.parse( value )
			: NaN;
	if ( Number.isNaN( ms ) ) {
		throw new DomainError(
			'invalid',
			'rest_invalid_param',
			sprintf(
				/* translators: %s: the value given */ __(
					'Not a UTC instant: %s.',
					'wu-plan-change'
				),
				String( value )
			),
			{
				params: {
					instant: __(
						'must be ISO 8601 UTC ending in Z',
						'wu-plan-change'
					),
				},
			}
		);
	}
	if ( ! isInstantInRange( ms ) ) {
		throw instantOutOfRange( value );
	}
	return ms;
}

/** ISO 8601 UTC string of epoch milliseconds, without ".000" when the milliseconds are zero; `wu_instant_out_of_range` outside the years 1000–9999. */
export function toInstant( ms: number ): string {
	if ( ! isInstantInRange( ms ) ) {
		throw instantOutOfRange( showMs( ms ) );
	}
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
	const keep = cacheEnabled( 'day-formats' );
	let format = keep ? DAY_FORMATS.get( locale ) : undefined;
	if ( ! format ) {
		format = new Intl.DateTimeFormat( languageTag( locale ), {
			dateStyle: 'long',
			timeZone: 'UTC',
		} );
		if ( keep ) {
			DAY_FORMATS.set( locale, format );
		}
	}
	return format.format( date );
}

/** The UTC day of month (1–31) of an instant: the anchor day of a period started then (RULES M4). */
export function dayOfMonth( instant: string ): number {
	return new Date( parseInstant( instant ) ).getUTCDate();
}
