import { DAY_MS, parseInstant, toInstant } from './instant';

/** The step of a report's series: calendar days, ISO weeks (from Monday) or calendar months, in UTC. */
export type ReportInterval = 'day' | 'week' | 'month';

/** A half-open interval [start, end) of instants. */
export interface Bucket {
	start: string;
	end: string;
}

/** The most points one series may have (a day interval over about three years). */
export const MAX_REPORT_POINTS = 1100;

/** The start of the interval holding `ms` (UTC midnight; Monday of its week; the 1st of its month). */
export function intervalStart( ms: number, interval: ReportInterval ): number {
	const day = Math.floor( ms / DAY_MS ) * DAY_MS;
	if ( interval === 'day' ) {
		return day;
	}
	if ( interval === 'week' ) {
		// 1970-01-01 was a Thursday: days since the Monday before it, modulo 7.
		const weekday = ( Math.floor( day / DAY_MS ) + 3 ) % 7;
		return day - weekday * DAY_MS;
	}
	const date = new Date( ms );
	return Date.UTC( date.getUTCFullYear(), date.getUTCMonth(), 1 );
}

function nextStart( ms: number, interval: ReportInterval ): number {
	if ( interval === 'day' ) {
		return ms + DAY_MS;
	}
	if ( interval === 'week' ) {
		return ms + 7 * DAY_MS;
	}
	const date = new Date( ms );
	return Date.UTC( date.getUTCFullYear(), date.getUTCMonth() + 1, 1 );
}

/**
 * The buckets of a series from `from` to `to` (exclusive): the first starts at the start of the
 * interval holding `from`, the last is the one holding the instant just before `to`. Null when
 * there would be more than MAX_REPORT_POINTS.
 */
export function reportBuckets(
	from: string,
	to: string,
	interval: ReportInterval
): Bucket[] | null {
	const end = parseInstant( to );
	const buckets: Bucket[] = [];
	for (
		let start = intervalStart( parseInstant( from ), interval );
		start < end;
		start = nextStart( start, interval )
	) {
		if ( buckets.length === MAX_REPORT_POINTS ) {
			return null;
		}
		buckets.push( {
			start: toInstant( start ),
			end: toInstant( nextStart( start, interval ) ),
		} );
	}
	return buckets;
}

/** How far back a series goes when no `from` is given, in intervals (the current one included). */
const DEFAULT_POINTS: Record< ReportInterval, number > = {
	day: 30,
	week: 12,
	month: 12,
};

/** The range of a series asked without bounds: the last 30 days, 12 weeks or 12 months, the one holding `now` included. */
export function defaultReportRange(
	now: string,
	interval: ReportInterval
): { from: string; to: string } {
	const current = intervalStart( parseInstant( now ), interval );
	let start = current;
	for ( let i = 1; i < DEFAULT_POINTS[ interval ]; i++ ) {
		start = intervalStart( start - 1, interval );
	}
	return {
		from: toInstant( start ),
		to: toInstant( nextStart( current, interval ) ),
	};
}
