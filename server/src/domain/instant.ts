import { __, sprintf } from '../i18n';
import { DomainError } from './errors';

/** Milliseconds in one day (UTC has no daylight saving). */
export const DAY_MS = 86_400_000;

const MONTHS = [ 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec' ];

/** Milliseconds since the epoch of an ISO 8601 UTC instant ending in `Z` (RULES M3); throws otherwise. */
export function parseInstant( value: string ): number {
	const ms = typeof value === 'string' && value.endsWith( 'Z' ) ? Date.parse( value ) : NaN;
	if ( Number.isNaN( ms ) ) {
		throw new DomainError( 'invalid', 'rest_invalid_param', sprintf( /* translators: %s: the value given */ __( 'Not a UTC instant: %s.', 'wu-plan-change' ), String( value ) ), {
			params: { instant: __( 'must be ISO 8601 UTC ending in Z', 'wu-plan-change' ) },
		} );
	}
	return ms;
}

/** ISO 8601 UTC string of epoch milliseconds, without ".000" when the milliseconds are zero. */
export function toInstant( ms: number ): string {
	return new Date( ms ).toISOString().replace( '.000Z', 'Z' );
}

/** The instant `minutes` whole minutes after `instant` (ISO 8601 UTC). */
export function addMinutes( instant: string, minutes: number ): string {
	return toInstant( parseInstant( instant ) + minutes * 60_000 );
}

/** True when instant a is strictly before instant b. */
export function isBefore( a: string, b: string ): boolean {
	return parseInstant( a ) < parseInstant( b );
}

/** The UTC calendar day of an instant for explanations, e.g. "1 Apr 2026". */
export function formatDay( instant: string ): string {
	const date = new Date( parseInstant( instant ) );
	return `${ date.getUTCDate() } ${ MONTHS[ date.getUTCMonth() ] } ${ date.getUTCFullYear() }`;
}

/** The UTC day of month (1–31) of an instant: the anchor day of a period started then (RULES M4). */
export function dayOfMonth( instant: string ): number {
	return new Date( parseInstant( instant ) ).getUTCDate();
}
