import fc from 'fast-check';
import { readInstant, storeInstant } from '../../../server/src/db/instants';
import { DomainError } from '../../../server/src/domain/errors';
import {
	isInstantInRange,
	parseCanonicalInstant,
	parseInstant,
	toInstant,
} from '../../../server/src/domain/instant';
import { addPeriod } from '../../../server/src/domain/period';

// Instants are read field by field where they have one of the two stored forms; elsewhere
// Date.parse decides. Either way the answer is Date.parse's.
describe( 'reading instants', () => {
	it( 'reads the two stored forms as Date.parse does, and leaves everything else to it', () => {
		expect( parseCanonicalInstant( '2026-03-11T10:00:00Z' ) ).toBe(
			Date.parse( '2026-03-11T10:00:00Z' )
		);
		expect( parseCanonicalInstant( '2028-02-29T23:59:59.999Z' ) ).toBe(
			Date.parse( '2028-02-29T23:59:59.999Z' )
		);
		for ( const other of [
			'2026-02-29T00:00:00Z',
			'2026-13-01T00:00:00Z',
			'2026-03-11T24:00:00Z',
			'0099-01-01T00:00:00Z',
			'2026-03-11T10:00:00+01:00',
			'2026-03-11',
		] ) {
			expect( parseCanonicalInstant( other ) ).toBeNaN();
		}
		expect( parseInstant( '2026-03-11T10:00:00.5Z' ) ).toBe(
			Date.parse( '2026-03-11T10:00:00.5Z' )
		);
		expect( () => parseInstant( '2026-03-11T10:00:00' ) ).toThrow();
	} );

	it( 'agrees with Date.parse on any stored-form string, valid or not', () => {
		const two = ( max: number ) =>
			fc
				.integer( { min: 0, max } )
				.map( ( n ) => String( n ).padStart( 2, '0' ) );
		const text = fc
			.tuple(
				fc.integer( { min: 0, max: 9999 } ),
				two( 13 ),
				two( 32 ),
				two( 25 ),
				two( 61 ),
				two( 61 ),
				fc.option( fc.integer( { min: 0, max: 999 } ) )
			)
			.map(
				( [ y, mo, d, h, mi, s, ms ] ) =>
					`${ String( y ).padStart( 4, '0' ) }-${ mo }-${ d }T${ h }:${ mi }:${ s }${ ms === null ? '' : `.${ String( ms ).padStart( 3, '0' ) }` }Z`
			);
		fc.assert(
			fc.property( text, ( value ) => {
				const fast = parseCanonicalInstant( value );
				if ( ! Number.isNaN( fast ) ) {
					expect( fast ).toBe( Date.parse( value ) );
				}
				if ( isInstantInRange( Date.parse( value ) ) ) {
					expect( readInstant( value ) ).toBe(
						toInstant( Date.parse( value ) )
					);
				} else if ( ! Number.isNaN( Date.parse( value ) ) ) {
					// Years 0–999: refused by the domain with a typed error (RULES M6).
					expect( () => parseInstant( value ) ).toThrow(
						expect.objectContaining( {
							code: 'wu_instant_out_of_range',
						} )
					);
				}
			} ),
			{ numRuns: 20000 }
		);
	} );
} );

// RULES M6: every stored instant has a four-digit year; outside 1000–9999 the domain and the
// storage refuse with a typed error (400), never a RangeError that aborts a renewal run.
describe( 'instants outside the years 1000–9999', () => {
	const refusal = expect.objectContaining( {
		name: 'DomainError',
		kind: 'invalid',
		code: 'wu_instant_out_of_range',
	} );
	const thrown = ( run: () => unknown ): unknown => {
		try {
			run();
		} catch ( error ) {
			return error;
		}
		return 'nothing thrown';
	};

	it( 'storeInstant refuses a five- or six-digit year and stores the last instant of 9999', () => {
		expect(
			thrown( () => storeInstant( '+012026-03-11T10:00:00.000Z' ) )
		).toEqual( refusal );
		expect(
			thrown( () => storeInstant( '+010000-01-01T00:00:00Z' ) )
		).toBeInstanceOf( DomainError );
		expect(
			thrown( () => storeInstant( '0999-12-31T23:59:59Z' ) )
		).toEqual( refusal );
		expect( thrown( () => storeInstant( 'not a date' ) ) ).toEqual(
			refusal
		);
		expect( storeInstant( '9999-12-31T23:59:59.999Z' ) ).toBe(
			'9999-12-31T23:59:59.999Z'
		);
		expect( storeInstant( '1000-01-01T00:00:00Z' ) ).toBe(
			'1000-01-01T00:00:00.000Z'
		);
	} );

	it( 'addPeriod refuses a period ending after 9999 (10,000 years of Free, the issue-10 membership)', () => {
		// A period longer than 10 years is refused before any date is computed (RULES M6).
		expect(
			thrown( () =>
				addPeriod(
					'2026-03-11T10:00:00Z',
					{ duration: 10000, durationUnit: 'year' },
					11
				)
			)
		).toMatchObject( { code: 'rest_invalid_param' } );
		expect(
			thrown( () =>
				addPeriod(
					'2026-03-11T10:00:00Z',
					{ duration: 280_000, durationUnit: 'year' },
					11
				)
			)
		).toMatchObject( { code: 'rest_invalid_param' } );
		const error = thrown( () =>
			addPeriod(
				'9995-03-11T10:00:00Z',
				{ duration: 10, durationUnit: 'year' },
				11
			)
		);
		expect( error ).toEqual( refusal );
		expect( ( error as Error ).message ).toBe(
			'The instant 10 years after 9995-03-11T10:00:00Z is outside the years 1000–9999.'
		);
		expect(
			thrown( () =>
				addPeriod(
					'9999-12-31T00:00:00Z',
					{ duration: 1, durationUnit: 'day' },
					31
				)
			)
		).toEqual( refusal );
		expect(
			addPeriod(
				'9999-11-30T00:00:00Z',
				{ duration: 1, durationUnit: 'month' },
				30
			)
		).toBe( '9999-12-30T00:00:00Z' );
	} );

	it( 'toInstant and parseInstant refuse what has no four-digit year, NaN included', () => {
		expect( thrown( () => toInstant( Date.UTC( 12026, 2, 11 ) ) ) ).toEqual(
			refusal
		);
		expect( thrown( () => toInstant( NaN ) ) ).toEqual( refusal );
		expect( thrown( () => toInstant( 1e16 ) ) ).toEqual( refusal );
		expect(
			thrown( () => parseInstant( '+012026-03-11T10:00:00.000Z' ) )
		).toEqual( refusal );
		expect( readInstant( '+012026-03-11T10:00:00.000Z' ) ).toBe(
			'+012026-03-11T10:00:00.000Z'
		);
	} );
} );
