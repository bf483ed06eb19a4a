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
	const ms = parseCanonicalInstant( stored );
	return toInstant( Number.isNaN( ms ) ? Date.parse( stored ) : ms );
}
