import { __ } from '../i18n';
import { DomainError } from './errors';
import type { DurationUnit, Period } from './types';

/** The longest billing period in each unit: 10 years (RULES M6). */
export const MAX_DURATION: Readonly< Record< DurationUnit, number > > = {
	day: 3650,
	week: 520,
	month: 120,
	year: 10,
};

/** True when the period is at most 10 years long (RULES M6). */
export function isWithinPeriodBounds( period: Period ): boolean {
	return (
		Object.hasOwn( MAX_DURATION, period.durationUnit ) &&
		period.duration <= MAX_DURATION[ period.durationUnit ]
	);
}

/** The reason a period is too long, as a field's message. */
export function periodTooLongReason(): string {
	return __(
		'The billing period can be at most 10 years (3,650 days, 520 weeks or 120 months).',
		'wu-plan-change'
	);
}

/** Throws rest_invalid_param naming `field` when the period is longer than 10 years (RULES M6). */
export function assertPeriodBounds( period: Period, field = 'duration' ): void {
	if ( ! isWithinPeriodBounds( period ) ) {
		throw new DomainError(
			'invalid',
			'rest_invalid_param',
			periodTooLongReason(),
			{ params: { [ field ]: periodTooLongReason() } }
		);
	}
}
