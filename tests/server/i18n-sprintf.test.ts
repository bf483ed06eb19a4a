import fc from 'fast-check';
import { sprintf as typedSprintf } from '@wordpress/i18n';
import { sprintf } from '../../server/src/i18n';

const wordpressSprintf = typedSprintf as (
	format: string,
	...args: unknown[]
) => string;

// The server's sprintf parses each format once; it must answer exactly as @wordpress/i18n's.
describe( 'the server sprintf', () => {
	it( 'fills the placeholders the server uses', () => {
		expect(
			sprintf( '%1$s paid %2$d for %3$s', 'Carla', 29.9, 'March' )
		).toBe( 'Carla paid 29 for March' );
		expect( sprintf( '%s of %s (%d%%)', 'a', 'b', '7' ) ).toBe(
			'a of b (7%)'
		);
		// A bare placeholder takes the argument after as many placeholders as came before it.
		expect( sprintf( '%2$s before %1$s, %s', 'x', 'y', 'z' ) ).toBe(
			'y before x, z'
		);
		expect( sprintf( '%.2f and %.3s', '1.005', 'abcdef' ) ).toBe(
			'1.00 and abc'
		);
		expect( sprintf( 'missing: [%s] [%d]' ) ).toBe( 'missing: [] [0]' );
		expect( sprintf( '100% sure, %(name)s', { name: 'n' } ) ).toBe(
			wordpressSprintf( '100% sure, %(name)s', { name: 'n' } )
		);
	} );

	it( 'answers as @wordpress/i18n for any format and arguments', () => {
		const piece = fc.oneof(
			fc.constantFrom(
				'%s',
				'%d',
				'%f',
				'%%',
				'%1$s',
				'%2$d',
				'%3$s',
				'%.2f',
				'%.1s',
				'% d',
				'%5',
				'%(a)s',
				'%'
			),
			fc.string( { maxLength: 6 } )
		);
		const value = fc.oneof(
			fc.string( { maxLength: 5 } ),
			fc.integer(),
			fc.double( { noNaN: true } ),
			fc.constant( null ),
			fc.constant( undefined )
		);
		fc.assert(
			fc.property(
				fc.array( piece, { maxLength: 8 } ),
				fc.array( value, { maxLength: 4 } ),
				( pieces, args ) => {
					const format = pieces.join( '' );
					let expected: string | Error;
					try {
						expected = wordpressSprintf( format, ...args );
					} catch ( error ) {
						expected = error as Error;
					}
					if ( expected instanceof Error ) {
						expect( () => sprintf( format, ...args ) ).toThrow();
					} else {
						expect( sprintf( format, ...args ) ).toBe( expected );
					}
				}
			),
			{ numRuns: 3000 }
		);
	} );
} );
