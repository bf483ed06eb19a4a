import type { LimitValue } from '../../api/types';

/** Props of {@link UsageMeter}. */
export interface UsageMeterProps {
	/** What is measured, already translated, e.g. "Visits this month"; also the meter's accessible name. */
	label: string;
	/** The amount in use (a count, or megabytes when `unit` is `'mb'`). */
	used: number;
	/** The limit: a number in the same unit, or `'unlimited'`. */
	limit: LimitValue;
	/** How to print amounts: plain counts (default) or megabytes. */
	unit?: 'count' | 'mb';
}

/** How close usage is to its limit. */
export type UsageLevel = 'ok' | 'near' | 'over' | 'unlimited';
