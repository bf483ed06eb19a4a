import { __, sprintf } from '@wordpress/i18n';
import type { ReportInterval } from '../../api/reports';
import { formatDate, formatLocale } from '../../format';

/** A point's period as the tables name it: "March 2026", "Week of March 9, 2026", "March 9, 2026". */
export function periodLabel( start: string, interval: ReportInterval ): string {
	if ( interval === 'month' ) {
		return new Intl.DateTimeFormat( formatLocale(), {
			month: 'long',
			year: 'numeric',
			timeZone: 'UTC',
		} ).format( new Date( start ) );
	}
	if ( interval === 'week' ) {
		return sprintf(
			/* translators: %s: the date of the week's Monday */
			__( 'Week of %s', 'wu-plan-change' ),
			formatDate( start )
		);
	}
	return formatDate( start );
}

/** A day (`YYYY-MM-DD`) `days` later, in UTC. */
export function addDays( day: string, days: number ): string {
	return new Date( Date.parse( `${ day }T00:00:00Z` ) + days * 86_400_000 )
		.toISOString()
		.slice( 0, 10 );
}

/** The default range: the first day of the month eleven months before `today`, to `today`. */
export function defaultRange( today: Date ): { from: string; to: string } {
	const from = new Date(
		Date.UTC( today.getUTCFullYear(), today.getUTCMonth() - 11, 1 )
	);
	return {
		from: from.toISOString().slice( 0, 10 ),
		to: today.toISOString().slice( 0, 10 ),
	};
}
