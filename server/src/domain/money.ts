import { __, currentLocale, languageTag, sprintf } from '../i18n';
import { cacheEnabled } from './cache-switches';
import { DomainError } from './errors';

function assertSafe( a: number, b: number ): void {
	if (
		! Number.isSafeInteger( a ) ||
		! Number.isSafeInteger( b ) ||
		b <= 0
	) {
		throw new DomainError(
			'invalid',
			'unsafe_arithmetic',
			sprintf(
				/* translators: 1: dividend, 2: divisor */ __(
					'Cannot divide %1$s by %2$s exactly.',
					'wu-plan-change'
				),
				String( a ),
				String( b )
			)
		);
	}
}

/** a / b rounded half away from zero, in integers (RULES M2); throws outside the safe range or for b ≤ 0. */
export function divideRounded( a: number, b: number ): number {
	assertSafe( a, b );
	const q = Math.floor( Math.abs( a ) / b );
	const r = Math.abs( a ) - q * b;
	const rounded = 2 * r >= b ? q + 1 : q;
	return a < 0 ? -rounded : rounded;
}

/** a / b rounded up (towards +∞), in integers; throws outside the safe range or for b ≤ 0. */
export function divideCeil( a: number, b: number ): number {
	assertSafe( a, b );
	let q = Math.trunc( a / b );
	while ( q * b < a ) {
		q++;
	}
	while ( ( q - 1 ) * b >= a ) {
		q--;
	}
	return q;
}

/** Adds minor-unit amounts, refusing to leave the safe-integer range. */
export function sumMinor( amounts: number[] ): number {
	const total = amounts.reduce( ( sum, amount ) => sum + amount, 0 );
	if (
		! Number.isSafeInteger( total ) ||
		! amounts.every( Number.isSafeInteger )
	) {
		throw new DomainError(
			'invalid',
			'unsafe_arithmetic',
			__( 'Amounts must be whole minor units.', 'wu-plan-change' )
		);
	}
	return total;
}

// NOTE: Intl's answer for a code never changes within a process, and asking it costs more than a
// whole quote's arithmetic (docs/benchmarks.md), so each valid code is looked up once.
const EXPONENTS = new Map< string, number >();

function supportedCurrencies(): string[] | null {
	const intl = Intl as unknown as {
		supportedValuesOf?: ( key: string ) => string[];
	};
	return intl.supportedValuesOf ? intl.supportedValuesOf( 'currency' ) : null;
}

/** Number of minor-unit digits of an ISO 4217 currency (USD 2, JPY 0, KWD 3); throws on an unknown code. */
export function currencyExponent( currency: string ): number {
	const keep = cacheEnabled( 'currency-exponents' );
	const cached = keep ? EXPONENTS.get( currency ) : undefined;
	if ( cached !== undefined ) {
		return cached;
	}
	const known = supportedCurrencies();
	if (
		! /^[A-Z]{3}$/.test( currency ) ||
		( known !== null && ! known.includes( currency ) )
	) {
		throw new DomainError(
			'invalid',
			'rest_invalid_param',
			sprintf(
				/* translators: %s: currency code as given */ __(
					'Unknown currency %s.',
					'wu-plan-change'
				),
				currency
			),
			{
				params: {
					currency: __( 'not an ISO 4217 code', 'wu-plan-change' ),
				},
			}
		);
	}
	const exponent =
		new Intl.NumberFormat( 'en', {
			style: 'currency',
			currency,
		} ).resolvedOptions().maximumFractionDigits ?? 2;
	if ( keep ) {
		EXPONENTS.set( currency, exponent );
	}
	return exponent;
}

/** Minor units as a plain decimal string for explanations: 2900 USD → "29.00", 1000 JPY → "1000". */
export function formatMinor( amount: number, currency: string ): string {
	sumMinor( [ amount ] );
	const exponent = currencyExponent( currency );
	const digits = String( Math.abs( amount ) ).padStart( exponent + 1, '0' );
	const whole = digits.slice( 0, digits.length - exponent );
	const fraction =
		exponent > 0 ? `.${ digits.slice( digits.length - exponent ) }` : '';
	return `${ amount < 0 ? '-' : '' }${ whole }${ fraction }`;
}

const AMOUNT_FORMATS = new Map< string, Intl.NumberFormat >();

/**
 * An amount with its currency for explanations, in the current locale: "99.00 USD" in English
 * (RULES Q1), through Intl otherwise ("99,00 USD" in nb-NO as Node's ICU writes it).
 */
export function formatAmount( amount: number, currency: string ): string {
	const locale = currentLocale();
	const decimal = formatMinor( amount, currency );
	if ( locale === 'en_US' ) {
		return `${ decimal } ${ currency }`;
	}
	const key = `${ locale } ${ currency }`;
	const keep = cacheEnabled( 'amount-formats' );
	let format = keep ? AMOUNT_FORMATS.get( key ) : undefined;
	if ( ! format ) {
		format = new Intl.NumberFormat( languageTag( locale ), {
			style: 'currency',
			currency,
		} );
		if ( keep ) {
			AMOUNT_FORMATS.set( key, format );
		}
	}
	// The decimal string, not a float: Intl formats it exactly.
	return format.format( decimal as unknown as number );
}
