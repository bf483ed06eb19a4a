import { __, sprintf } from '@wordpress/i18n';
import type { DurationUnit, LimitValue } from '../../../api/types';
import {
	currencyExponent,
	minorToDecimal,
	parseMoney,
} from '../../../components/money';

/** The longest period of each unit: 10 years (RULES M6, as the server checks it). */
export const MAX_DURATION: Record< DurationUnit, number > = {
	day: 3650,
	week: 520,
	month: 120,
	year: 10,
};

/** Highest amount the server accepts, in minor units. */
export const MAX_AMOUNT = 1_000_000_000;

/** The plan group's name compared without regard to case and spaces (as the server's groupKey). */
export function groupKey( name: string ): string {
	return name.normalize( 'NFKC' ).toLowerCase().replace( /\s+/g, '' );
}

function longest( unit: DurationUnit ): string {
	const max = MAX_DURATION[ unit ];
	switch ( unit ) {
		case 'day':
			return sprintf(
				/* translators: %s: number of days */ __(
					'%s days',
					'wu-plan-change'
				),
				max.toLocaleString()
			);
		case 'week':
			return sprintf(
				/* translators: %s: number of weeks */ __(
					'%s weeks',
					'wu-plan-change'
				),
				max.toLocaleString()
			);
		default:
			return sprintf(
				/* translators: %s: number of months */ __(
					'%s months',
					'wu-plan-change'
				),
				max.toLocaleString()
			);
	}
}

/** What is wrong with a billing period (`min` 1) or trial (`min` 0) as typed, or null (RULES M6). */
export function periodProblem(
	what: 'billing' | 'trial' | number,
	duration: number,
	unit: DurationUnit
): string | null {
	const min = what === 'trial' ? 0 : 1;
	if ( ! Number.isSafeInteger( duration ) || duration < min ) {
		if ( what === 'trial' ) {
			return __(
				'The trial is a whole number of 0 or more (0 for no trial).',
				'wu-plan-change'
			);
		}
		return what === 'billing'
			? __(
					'The billing period is a whole number of 1 or more.',
					'wu-plan-change'
				)
			: sprintf(
					/* translators: %d: position of the price variation */ __(
						'The period of variation %d is a whole number of 1 or more.',
						'wu-plan-change'
					),
					what
				);
	}
	if ( duration <= MAX_DURATION[ unit ] ) {
		return null;
	}
	if ( unit === 'year' ) {
		if ( what === 'billing' ) {
			return __(
				'The billing period can be at most 10 years.',
				'wu-plan-change'
			);
		}
		return what === 'trial'
			? __( 'The trial can be at most 10 years.', 'wu-plan-change' )
			: sprintf(
					/* translators: %d: position of the price variation */ __(
						'The period of variation %d can be at most 10 years.',
						'wu-plan-change'
					),
					what
				);
	}
	if ( what === 'billing' ) {
		return sprintf(
			/* translators: %s: the longest period in the unit chosen, e.g. "120 months" */ __(
				'The billing period can be at most 10 years (%s).',
				'wu-plan-change'
			),
			longest( unit )
		);
	}
	if ( what === 'trial' ) {
		return sprintf(
			/* translators: %s: the longest period in the unit chosen, e.g. "3,650 days" */ __(
				'The trial can be at most 10 years (%s).',
				'wu-plan-change'
			),
			longest( unit )
		);
	}
	return sprintf(
		/* translators: 1: position of the price variation, 2: the longest period in the unit chosen, e.g. "120 months" */
		__(
			'The period of variation %1$d can be at most 10 years (%2$s).',
			'wu-plan-change'
		),
		what,
		longest( unit )
	);
}

/** "Product Order is a whole number from 0 to 9,999." unless it is one. */
export function listOrderProblem( value: number ): string | null {
	return Number.isSafeInteger( value ) && value >= 0 && value <= 9999
		? null
		: __(
				'Product Order is a whole number from 0 to 9,999.',
				'wu-plan-change'
			);
}

/** An amount typed as decimal text → minor units, or what is wrong with it (not a number, negative, too many decimals, too large). */
export function readAmount(
	text: string,
	currency: string
): { minor: number } | { problem: string } {
	const minor = parseMoney( text, currency );
	if ( minor !== null && minor <= MAX_AMOUNT ) {
		return { minor };
	}
	const trimmed = text.trim();
	if ( /^-\s*\d*(?:[.,]\d*)?$/.test( trimmed ) && /\d/.test( trimmed ) ) {
		return {
			problem: __( 'The amount cannot be negative.', 'wu-plan-change' ),
		};
	}
	const decimal = /^(\d*)(?:[.,](\d*))?$/.exec( trimmed );
	if ( ! decimal || trimmed === '' || trimmed === '.' || trimmed === ',' ) {
		return {
			problem: __( 'Enter a number such as 29.00.', 'wu-plan-change' ),
		};
	}
	const exponent = currencyExponent( currency );
	if ( ( decimal[ 2 ] ?? '' ).length > exponent ) {
		return {
			problem: sprintf(
				/* translators: 1: number of decimals, 2: currency code */
				__(
					'Too many decimals: enter no more decimals than the currency has (%1$d for %2$s).',
					'wu-plan-change'
				),
				exponent,
				currency
			),
		};
	}
	return {
		problem: sprintf(
			/* translators: %s: the largest amount, e.g. 10000000.00 */ __(
				'The amount is too large: at most %s.',
				'wu-plan-change'
			),
			minorToDecimal( MAX_AMOUNT, currency )
		),
	};
}

/** What is wrong with a limit's number, or null: negative or not whole (never saved as 0). */
export function limitProblem(
	label: string,
	value: LimitValue
): string | null {
	if (
		value === 'unlimited' ||
		( Number.isSafeInteger( value ) && value >= 0 )
	) {
		return null;
	}
	if ( typeof value === 'number' && value < 0 ) {
		return sprintf(
			/* translators: %s: a limit's name, e.g. Sites */ __(
				'The %s limit cannot be negative: enter 0 or more, or Unlimited.',
				'wu-plan-change'
			),
			label
		);
	}
	return sprintf(
		/* translators: %s: a limit's name, e.g. Sites */ __(
			'The %s limit must be a whole number (0 or more) or Unlimited.',
			'wu-plan-change'
		),
		label
	);
}
