/** The server's one clock (RULES M3). Nothing else reads the system time. */
export interface Clock {
	/** The current instant as ISO 8601 UTC with `Z`. */
	now(): string;
}

/** The wall clock, truncated to whole milliseconds. */
export const systemClock: Clock = {
	now: () => new Date().toISOString(),
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

/** Parses an ISO instant and returns it in the canonical `…Z` form; throws on garbage. */
export function normalizeInstant( value: string ): string {
	const ms = Date.parse( value );
	if ( Number.isNaN( ms ) || ! /(Z|[+-]\d\d:?\d\d)$/.test( value ) ) {
		throw new RangeError( `Not an ISO 8601 instant with a zone: ${ value }` );
	}
	return new Date( ms ).toISOString();
}
