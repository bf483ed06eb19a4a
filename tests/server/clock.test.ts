import {
	normalizeInstant,
	systemClock,
	TestClock,
} from '../../server/src/services/clock';

// RULES M3: one clock, UTC, ISO 8601 with Z.
describe( 'clocks', () => {
	it( 'the system clock answers UTC in whole seconds with Z', () => {
		expect( systemClock.now() ).toMatch(
			/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/
		);
	} );

	it( 'the test clock stands still until moved and refuses an instant without a zone', () => {
		const clock = new TestClock( '2026-03-11T10:00:00Z' );
		expect( clock.now() ).toBe( '2026-03-11T10:00:00Z' );
		expect( clock.set( '2026-04-01T00:00:00+02:00' ) ).toBe(
			'2026-03-11T10:00:00Z'
		);
		expect( clock.now() ).toBe( '2026-03-31T22:00:00Z' );
		expect( () => normalizeInstant( '2026-04-01T00:00:00' ) ).toThrow(
			RangeError
		);
	} );
} );
