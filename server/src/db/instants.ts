import { parseCanonicalInstant, toInstant } from '../domain/instant';

/**
 * Instants are stored fixed-width (`YYYY-MM-DDTHH:MM:SS.sssZ`) so that SQL compares them
 * as text correctly, and read back in the domain's form (milliseconds only when non-zero).
 */
export function storeInstant( instant: string ): string;
export function storeInstant( instant: string | null ): string | null;
export function storeInstant( instant: string | null ): string | null {
	return instant === null ? null : new Date( Date.parse( instant ) ).toISOString();
}

export function readInstant( stored: string ): string;
export function readInstant( stored: string | null ): string | null;
export function readInstant( stored: string | null ): string | null {
	if ( stored === null ) {
		return null;
	}
	// A stored instant is already canonical: drop ".000" without parsing and formatting it.
	if ( ! Number.isNaN( parseCanonicalInstant( stored ) ) ) {
		return stored.length === 24 && stored.endsWith( '.000Z' ) ? `${ stored.slice( 0, 19 ) }Z` : stored;
	}
	return toInstant( Date.parse( stored ) );
}
