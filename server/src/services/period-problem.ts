import { __, sprintf } from '../i18n';
import { describePeriod } from '../domain/period';
import type { DurationUnit, Period } from '../domain/types';

export const MAX_DURATION: Record< DurationUnit, number > = {
	day: 3650,
	week: 520,
	month: 120,
	year: 10,
};

/** Highest Product Order accepted. */
export const MAX_LIST_ORDER = 9999;

/** Highest amount accepted, in minor units (10,000,000.00 in a two-decimal currency): any period's price times any proration stays a safe integer. */
export const MAX_AMOUNT = 1_000_000_000;

/** "The billing period can be at most 10 years (120 months)." when `period` is longer than RULES M6 allows, else null. */
export function periodLengthProblem(
	what: 'billing' | 'trial' | number,
	period: Period
): string | null {
	const max = MAX_DURATION[ period.durationUnit ];
	if ( max === undefined || ! ( period.duration > max ) ) {
		return null;
	}
	const years = period.durationUnit === 'year';
	const longest = describePeriod( {
		duration: max,
		durationUnit: period.durationUnit,
	} );
	if ( what === 'billing' ) {
		return years
			? __(
					'The billing period can be at most 10 years.',
					'wu-plan-change'
				)
			: sprintf(
					/* translators: %s: the longest period in the unit typed, e.g. "120 months" */ __(
						'The billing period can be at most 10 years (%s).',
						'wu-plan-change'
					),
					longest
				);
	}
	if ( what === 'trial' ) {
		return years
			? __( 'The trial can be at most 10 years.', 'wu-plan-change' )
			: sprintf(
					/* translators: %s: the longest period in the unit typed, e.g. "3650 days" */ __(
						'The trial can be at most 10 years (%s).',
						'wu-plan-change'
					),
					longest
				);
	}
	return years
		? sprintf(
				/* translators: %d: position of the price variation */ __(
					'The period of price variation %d can be at most 10 years.',
					'wu-plan-change'
				),
				what
			)
		: sprintf(
				/* translators: 1: position of the price variation, 2: the longest period in the unit typed, e.g. "120 months" */
				__(
					'The period of price variation %1$d can be at most 10 years (%2$s).',
					'wu-plan-change'
				),
				what,
				longest
			);
}

/** "Product Order is a whole number from 0 to 9,999." unless `value` is one. */
export function listOrderProblem( value: unknown ): string | null {
	if (
		typeof value === 'number' &&
		Number.isSafeInteger( value ) &&
		value >= 0 &&
		value <= MAX_LIST_ORDER
	) {
		return null;
	}
	return __(
		'Product Order is a whole number from 0 to 9,999.',
		'wu-plan-change'
	);
}

/** What is wrong with an amount in minor units (negative, too large, not whole, not a number), naming it by `label`, or null. */
export function amountProblem( label: string, value: unknown ): string | null {
	if ( typeof value !== 'number' || ! Number.isFinite( value ) ) {
		return sprintf(
			/* translators: %s: the amount's label, e.g. Amount */ __(
				'%s is not a number: send minor units, e.g. 2900 for 29.00.',
				'wu-plan-change'
			),
			label
		);
	}
	if ( value < 0 ) {
		return sprintf(
			/* translators: %s: the amount's label, e.g. Amount */ __(
				'%s cannot be negative.',
				'wu-plan-change'
			),
			label
		);
	}
	if ( ! Number.isInteger( value ) ) {
		return sprintf(
			/* translators: %s: the amount's label, e.g. Amount */ __(
				'%s has too many decimals: send whole minor units, e.g. 2900 for 29.00.',
				'wu-plan-change'
			),
			label
		);
	}
	if ( value > MAX_AMOUNT ) {
		return sprintf(
			/* translators: 1: the amount's label, e.g. Amount, 2: the largest amount in minor units */ __(
				'%1$s is too large: at most %2$d in minor units.',
				'wu-plan-change'
			),
			label,
			MAX_AMOUNT
		);
	}
	return null;
}
