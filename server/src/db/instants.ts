import {
	instantOutOfRange,
	isInstantInRange,
	parseCanonicalInstant,
	toInstant,
} from '../domain/instant';

/**
 * Instants are stored fixed-width (`YYYY-MM-DDTHH:MM:SS.sssZ`, years 1000–9999, RULES M6) so that
 * SQL compares them as text correctly, and read back in the domain's form (milliseconds only when
 * non-zero). Anything else is refused with `wu_instant_out_of_range` before it reaches SQL; the
 * memberships table also refuses it itself (migration 0004).
 */
export function storeInstant( instant: string ): string;
export function storeInstant( instant: string | null ): string | null;
export function storeInstant( instant: string | null ): string | null {
	if ( instant === null ) {
		return null;
	}
	const ms = typeof instant === 'string' ? Date.parse( instant ) : NaN;
	if ( ! isInstantInRange( ms ) ) {
		throw instantOutOfRange( String( instant ) );
	}
	return new Date( ms ).toISOString();
}

/**
 * The domain's form of a stored instant. A value that is not an instant of the years 1000–9999
 * (only rows written before migration 0004) is handed back as stored, so that the membership can
 * still be shown and repaired; the domain refuses to compute with it (parseInstant).
 */
export function readInstant( stored: string ): string;
export function readInstant( stored: string | null ): string | null;
export function readInstant( stored: string | null ): string | null {
	if ( stored === null ) {
		return null;
	}
	// A stored instant is already canonical: drop ".000" without parsing and formatting it.
	if ( ! Number.isNaN( parseCanonicalInstant( stored ) ) ) {
		return stored.length === 24 && stored.endsWith( '.000Z' )
			? `${ stored.slice( 0, 19 ) }Z`
			: stored;
	}
	const ms = Date.parse( stored );
	return isInstantInRange( ms ) ? toInstant( ms ) : stored;
}
