import {
	minorToDecimal,
	parseMoney,
} from '../../admin-ui/src/components/money';

describe( 'typed amounts', () => {
	it.each( [
		[ '29', 'USD', 2900 ],
		[ '29.9', 'USD', 2990 ],
		[ '0.29', 'USD', 29 ],
		[ '1.005', 'KWD', 1005 ],
		[ '1000', 'JPY', 1000 ],
		[ '19,99', 'EUR', 1999 ],
		[ '.5', 'USD', 50 ],
		[ '90071992547409.91', 'USD', 9007199254740991 ],
	] )( 'reads %s %s as %d minor units exactly', ( text, currency, minor ) => {
		expect( parseMoney( text, currency ) ).toBe( minor );
	} );

	it.each( [
		[ '19.999', 'USD' ],
		[ '1.5', 'JPY' ],
		[ '-1', 'USD' ],
		[ 'abc', 'USD' ],
		[ '', 'USD' ],
		[ '90071992547409.92', 'USD' ],
	] )( 'refuses %s %s', ( text, currency ) => {
		expect( parseMoney( text, currency ) ).toBeNull();
	} );

	it( 'writes minor units back as the decimal text an input shows', () => {
		expect( minorToDecimal( 2990, 'USD' ) ).toBe( '29.90' );
		expect( minorToDecimal( 5, 'USD' ) ).toBe( '0.05' );
		expect( minorToDecimal( 1000, 'JPY' ) ).toBe( '1000' );
		expect( minorToDecimal( 1005, 'KWD' ) ).toBe( '1.005' );
	} );
} );
