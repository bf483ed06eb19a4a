import { formatLocale } from '../../format';

/** Digits after the decimal point of a currency (USD 2, JPY 0, KWD 3), from Intl. */
export function currencyExponent( currency: string ): number {
	try {
		return (
			new Intl.NumberFormat( 'en', {
				style: 'currency',
				currency,
			} ).resolvedOptions().maximumFractionDigits ?? 2
		);
	} catch {
		return 2;
	}
}

/**
 * A typed decimal amount → minor units, exactly (the string is parsed, never multiplied as a
 * float): "29.9" USD → 2990, "1000" JPY → 1000. `null` when the text is not an amount of
 * this currency (letters, a minus sign, more decimals than the currency has, unsafe size).
 */
export function parseMoney( text: string, currency: string ): number | null {
	const match = /^\s*(\d*)(?:[.,](\d*))?\s*$/.exec( text );
	if ( ! match || ( match[ 1 ] === '' && ( match[ 2 ] ?? '' ) === '' ) ) {
		return null;
	}
	const exponent = currencyExponent( currency );
	const fraction = match[ 2 ] ?? '';
	if ( fraction.length > exponent ) {
		return null;
	}
	const digits = ( match[ 1 ] || '0' ) + fraction.padEnd( exponent, '0' );
	const minor = Number( digits );
	return Number.isSafeInteger( minor ) ? minor : null;
}

/** The decimal separator of the user's locale: "." in en-US, "," in nb-NO (parseMoney reads both). */
function decimalSeparator(): string {
	return (
		new Intl.NumberFormat( formatLocale() )
			.formatToParts( 1.5 )
			.find( ( part ) => part.type === 'decimal' )?.value ?? '.'
	);
}

/** Minor units → the decimal text an input shows: 2990 USD → "29.90" ("29,90" in nb-NO), 1000 JPY → "1000". */
export function minorToDecimal( minor: number, currency: string ): string {
	const exponent = currencyExponent( currency );
	const sign = minor < 0 ? '-' : '';
	const digits = String( Math.abs( minor ) ).padStart( exponent + 1, '0' );
	if ( exponent === 0 ) {
		return sign + digits;
	}
	return `${ sign }${ digits.slice( 0, -exponent ) }${ decimalSeparator() }${ digits.slice( -exponent ) }`;
}
