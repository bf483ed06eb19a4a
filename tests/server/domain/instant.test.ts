import fc from 'fast-check';
import { readInstant } from '../../../server/src/db/instants';
import { parseCanonicalInstant, parseInstant, toInstant } from '../../../server/src/domain/instant';

// Instants are read field by field where they have one of the two stored forms; elsewhere
// Date.parse decides. Either way the answer is Date.parse's.
describe( 'reading instants', () => {
	it( 'reads the two stored forms as Date.parse does, and leaves everything else to it', () => {
		expect( parseCanonicalInstant( '2026-03-11T10:00:00Z' ) ).toBe( Date.parse( '2026-03-11T10:00:00Z' ) );
		expect( parseCanonicalInstant( '2028-02-29T23:59:59.999Z' ) ).toBe( Date.parse( '2028-02-29T23:59:59.999Z' ) );
		for ( const other of [ '2026-02-29T00:00:00Z', '2026-13-01T00:00:00Z', '2026-03-11T24:00:00Z', '0099-01-01T00:00:00Z', '2026-03-11T10:00:00+01:00', '2026-03-11' ] ) {
			expect( parseCanonicalInstant( other ) ).toBeNaN();
		}
		expect( parseInstant( '2026-03-11T10:00:00.5Z' ) ).toBe( Date.parse( '2026-03-11T10:00:00.5Z' ) );
		expect( () => parseInstant( '2026-03-11T10:00:00' ) ).toThrow();
	} );

	it( 'agrees with Date.parse on any stored-form string, valid or not', () => {
		const two = ( max: number ) => fc.integer( { min: 0, max } ).map( ( n ) => String( n ).padStart( 2, '0' ) );
		const text = fc
			.tuple( fc.integer( { min: 0, max: 9999 } ), two( 13 ), two( 32 ), two( 25 ), two( 61 ), two( 61 ), fc.option( fc.integer( { min: 0, max: 999 } ) ) )
			.map( ( [ y, mo, d, h, mi, s, ms ] ) => `${ String( y ).padStart( 4, '0' ) }-${ mo }-${ d }T${ h }:${ mi }:${ s }${ ms === null ? '' : `.${ String( ms ).padStart( 3, '0' ) }` }Z` );
		fc.assert(
			fc.property( text, ( value ) => {
				const fast = parseCanonicalInstant( value );
				if ( ! Number.isNaN( fast ) ) {
					expect( fast ).toBe( Date.parse( value ) );
				}
				if ( ! Number.isNaN( Date.parse( value ) ) ) {
					expect( readInstant( value ) ).toBe( toInstant( Date.parse( value ) ) );
				}
			} ),
			{ numRuns: 20000 }
		);
	} );
} );
