import { __, _n, sprintf } from '../i18n';
import { DomainError } from './errors';
import {
	DAY_MS,
	instantOutOfRange,
	isInstantInRange,
	parseInstant,
	toInstant,
} from './instant';
import { divideCeil, divideRounded } from './money';
import { assertPeriodBounds } from './period-bounds';
import type { DurationUnit, Period } from './types';

const SIXTEENTHS_PER_UNIT: Record< DurationUnit, number > = {
	day: 16,
	week: 112,
	month: 487,
	year: 5844,
};
const UNITS: DurationUnit[] = [ 'day', 'week', 'month', 'year' ];

/** Throws rest_invalid_param unless the period is a whole number ≥ 1 of a known unit, at most 10 years (RULES M6). */
export function assertPeriod( period: Period ): void {
	if (
		! Number.isSafeInteger( period.duration ) ||
		period.duration < 1 ||
		! UNITS.includes( period.durationUnit )
	) {
		throw new DomainError(
			'invalid',
			'rest_invalid_param',
			__(
				'A period is a whole number of days, weeks, months or years.',
				'wu-plan-change'
			),
			{
				params: {
					duration: __(
						'integer ≥ 1 with duration_unit day, week, month or year',
						'wu-plan-change'
					),
				},
			}
		);
	}
	assertPeriodBounds( period );
}

function daysInMonth( year: number, month: number ): number {
	return new Date( Date.UTC( year, month + 1, 0 ) ).getUTCDate();
}

/**
 * The end of a period starting at `start` (ISO UTC): months/years keep `anchorDay` (1–31) clamped
 * to the month end, time of day kept; days/weeks add exact 24 h days (RULES M4). An end after the
 * year 9999 is `wu_instant_out_of_range` (RULES M6), never a RangeError.
 */
export function addPeriod(
	start: string,
	period: Period,
	anchorDay: number
): string {
	const end = periodEndMs( start, period, anchorDay );
	if ( ! isInstantInRange( end ) ) {
		throw instantOutOfRange(
			sprintf(
				/* translators: 1: billing period such as "3 years", 2: start instant */ __(
					'%1$s after %2$s',
					'wu-plan-change'
				),
				describePeriod( period ),
				start
			)
		);
	}
	return toInstant( end );
}

function periodEndMs(
	start: string,
	period: Period,
	anchorDay: number
): number {
	assertPeriod( period );
	if ( ! Number.isInteger( anchorDay ) || anchorDay < 1 || anchorDay > 31 ) {
		throw new DomainError(
			'invalid',
			'rest_invalid_param',
			sprintf(
				/* translators: %s: the anchor day given */ __(
					'Anchor day %s is not 1–31.',
					'wu-plan-change'
				),
				String( anchorDay )
			)
		);
	}
	const ms = parseInstant( start );
	if ( period.durationUnit === 'day' || period.durationUnit === 'week' ) {
		const days =
			period.duration * ( period.durationUnit === 'week' ? 7 : 1 );
		return ms + days * DAY_MS;
	}
	const date = new Date( ms );
	const months =
		date.getUTCMonth() +
		period.duration * ( period.durationUnit === 'year' ? 12 : 1 );
	const year = date.getUTCFullYear() + Math.floor( months / 12 );
	const month = months % 12;
	const day = Math.min( anchorDay, daysInMonth( year, month ) );
	const timeOfDay =
		ms -
		Date.UTC(
			date.getUTCFullYear(),
			date.getUTCMonth(),
			date.getUTCDate()
		);
	return Date.UTC( year, month, day ) + timeOfDay;
}

/** Whole days of the half-open period [start, end): round((end − start) / 24 h) (RULES M5). */
export function periodDays( start: string, end: string ): number {
	return divideRounded( parseInstant( end ) - parseInstant( start ), DAY_MS );
}

/** Unused whole days at `now` of a period ending at `end`: min(periodDays, ceil((end − now) / 24 h)), 0 once now ≥ end (RULES M5). */
export function unusedDays(
	end: string,
	now: string,
	totalDays: number
): number {
	const left = parseInstant( end ) - parseInstant( now );
	return left <= 0 ? 0 : Math.min( totalDays, divideCeil( left, DAY_MS ) );
}

/** Nominal days of a period, for price-per-day comparison only (RULES K4): day 1, week 7, month 30.4375, year 365.25. */
export function nominalDays( period: Period ): number {
	return nominalSixteenths( period ) / 16;
}

/** Nominal length of a period in whole sixteenths of a day (month 487, year 5844): exact integers for comparisons and scaling. */
export function nominalSixteenths( period: Period ): number {
	return period.duration * SIXTEENTHS_PER_UNIT[ period.durationUnit ];
}

/** True when both periods have the same duration and unit (12 months is not 1 year). */
export function samePeriod( a: Period, b: Period ): boolean {
	return a.duration === b.duration && a.durationUnit === b.durationUnit;
}

/** English label of a period: "1 month", "3 years". */
export function describePeriod( period: Period ): string {
	const n = period.duration;
	switch ( period.durationUnit ) {
		case 'day':
			return sprintf(
				/* translators: %d: number of days */ _n(
					'%d day',
					'%d days',
					n,
					'wu-plan-change'
				),
				n
			);
		case 'week':
			return sprintf(
				/* translators: %d: number of weeks */ _n(
					'%d week',
					'%d weeks',
					n,
					'wu-plan-change'
				),
				n
			);
		case 'month':
			return sprintf(
				/* translators: %d: number of months */ _n(
					'%d month',
					'%d months',
					n,
					'wu-plan-change'
				),
				n
			);
		default:
			return sprintf(
				/* translators: %d: number of years */ _n(
					'%d year',
					'%d years',
					n,
					'wu-plan-change'
				),
				n
			);
	}
}
