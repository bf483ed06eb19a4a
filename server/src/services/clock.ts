import { toInstant } from '../domain/instant';

/** The server's one clock (RULES M3). Nothing else reads the system time. */
export interface Clock {
	/** The current instant as ISO 8601 UTC with `Z`. */
	now: () => string;
}

/** The wall clock in whole seconds (`2026-03-11T10:00:00Z`): billing instants carry no milliseconds. */
export const systemClock: Clock = {
	now: () => toInstant( Math.floor( Date.now() / 1000 ) * 1000 ),
};

/** A clock that stands still until moved (API.md `/clock`, `WU_TEST_CLOCK=1`). */
export class TestClock implements Clock {
	private current: string;

	constructor( start: string ) {
		this.current = normalizeInstant( start );
	}

	now(): string {
		return this.current;
	}

	/** Moves the clock to `instant`; returns the previous instant. */
	set( instant: string ): string {
		const previous = this.current;
		this.current = normalizeInstant( instant );
		return previous;
	}
}

/**
 * Parses an ISO instant with a zone and returns it in the canonical UTC `…Z` form; throws on
 * garbage, and on a year that is not four digits before or after the conversion to UTC (RULES M6).
 */
export function normalizeInstant( value: string ): string {
	const ms = /^\d{4}-\d\d-\d\dT/.test( value ) ? Date.parse( value ) : NaN;
	if ( Number.isNaN( ms ) || ! /(Z|[+-]\d\d:?\d\d)$/.test( value ) ) {
		throw new RangeError(
			`Not an ISO 8601 instant with a zone: ${ value }`
		);
	}
	const instant = toInstant( ms );
	if ( ! /^\d{4}-/.test( instant ) ) {
		throw new RangeError(
			`Not an instant with a four-digit year: ${ value }`
		);
	}
	return instant;
}
