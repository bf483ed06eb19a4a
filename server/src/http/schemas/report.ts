import { __, sprintf } from '../../i18n';
import { z } from 'zod';
import { normalizeInstant } from '../../services/clock';
import { REPORT_METRICS } from '../../services/report-series';
import { fieldLabel } from '../field-labels';
import { oneOf } from '../schema';
import { instantField } from './instant';

/** An instant with a zone, or a day (`2026-03-01`, its UTC midnight). */
function reportInstant( field: string ) {
	return instantField(
		() =>
			sprintf(
				/* translators: %s: a query field such as from, to or at */ __(
					'%s must be a day (2026-03-01) or an ISO 8601 instant with a zone.',
					'wu-plan-change'
				),
				fieldLabel( field )
			),
		( value ) =>
			normalizeInstant(
				/^\d{4}-\d\d-\d\d$/.test( value )
					? `${ value }T00:00:00Z`
					: value
			)
	);
}

/** `GET /reports/summary` (API.md "Reports"). */
export const summaryArgs = z.object( {
	at: reportInstant( 'at' ),
} );

/** `GET /reports/series` (API.md "Reports"). */
export const seriesArgs = z.object( {
	metric: oneOf( REPORT_METRICS, {
		required: true,
		description: 'What the series measures.',
	} ),
	from: reportInstant( 'from' ),
	to: reportInstant( 'to' ),
	interval: oneOf( [ 'day', 'week', 'month' ] as const, {
		description: 'The step between points (UTC days, ISO weeks, months).',
	} ),
} );
