import { __, _n, sprintf } from '@wordpress/i18n';
import type { DurationUnit, ExplanationPart } from './api/types';

let locale = 'en-US';

/** Sets the locale (`nb_NO` or a BCP 47 tag) money, dates and numbers are written in: the user's. */
export function setFormatLocale( value: string ): void {
	locale = value.replace( '_', '-' );
}

/** The BCP 47 tag of the user's locale, for Intl ("nb-NO"). */
export function formatLocale(): string {
	return locale;
}

/** Minor units → localized money, e.g. 9900 USD → "$99.00" ("99,00 US$" in nb-NO), 1000 JPY → "¥1,000". */
export function formatMoney( minor: number, currency: string ): string {
	const format = new Intl.NumberFormat( locale, {
		style: 'currency',
		currency,
	} );
	const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
	return format.format( minor / 10 ** digits );
}

/** An ISO instant as a date in UTC, e.g. "April 1, 2026" ("1. april 2026" in nb-NO). */
export function formatDate( iso: string | null | undefined ): string {
	if ( ! iso ) {
		return '—';
	}
	return new Intl.DateTimeFormat( locale, {
		dateStyle: 'long',
		timeZone: 'UTC',
	} ).format( new Date( iso ) );
}

/** "1 month", "12 months", "1 year" … */
export function formatPeriod( duration: number, unit: DurationUnit ): string {
	switch ( unit ) {
		case 'day':
			return sprintf(
				/* translators: %d: number of days */ _n(
					'%d day',
					'%d days',
					duration,
					'wu-plan-change'
				),
				duration
			);
		case 'week':
			return sprintf(
				/* translators: %d: number of weeks */ _n(
					'%d week',
					'%d weeks',
					duration,
					'wu-plan-change'
				),
				duration
			);
		case 'month':
			return sprintf(
				/* translators: %d: number of months */ _n(
					'%d month',
					'%d months',
					duration,
					'wu-plan-change'
				),
				duration
			);
		default:
			return sprintf(
				/* translators: %d: number of years */ _n(
					'%d year',
					'%d years',
					duration,
					'wu-plan-change'
				),
				duration
			);
	}
}

/** "per month", "every 3 months", "per year" … for price labels. */
export function formatPer( duration: number, unit: DurationUnit ): string {
	if ( duration === 1 ) {
		const per: Record< DurationUnit, string > = {
			day: __( 'per day', 'wu-plan-change' ),
			week: __( 'per week', 'wu-plan-change' ),
			month: __( 'per month', 'wu-plan-change' ),
			year: __( 'per year', 'wu-plan-change' ),
		};
		return per[ unit ];
	}
	return sprintf(
		/* translators: %s: a period such as "3 months" */
		__( 'every %s', 'wu-plan-change' ),
		formatPeriod( duration, unit )
	);
}

/** One part of an explanation: its text, money or date as the user's locale writes them. */
function partText( part: ExplanationPart ): string {
	if ( 'text' in part ) {
		return part.text;
	}
	return 'money' in part
		? formatMoney( part.money.amount, part.money.currency )
		: formatDate( part.date );
}

/**
 * A quote's explanation with its money and dates formatted as the order summary's table formats
 * them (the user's locale); the server's plain `explanation` when it sent no parts.
 */
export function formatExplanation(
	parts: ExplanationPart[] | undefined,
	fallback: string
): string {
	if ( ! parts || parts.length === 0 ) {
		return fallback;
	}
	return parts.map( partText ).join( '' );
}
