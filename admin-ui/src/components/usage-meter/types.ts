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
	/** The limit's key (`posts`, `custom_domains`, `disk_space` …): over the limit, the flag says what to remove ("Over the limit: remove 40 pages"). */
	limitKey?: string;
	/** With `limitKey` `posts`: the post type. */
	postType?: string;
}

/** How close usage is to its limit. */
export type UsageLevel = 'ok' | 'near' | 'over' | 'unlimited';
