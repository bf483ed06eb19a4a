import { __ } from '../i18n';
import { invalidParams } from '../domain/errors';
import {
	reportBuckets,
	type Bucket,
	type ReportInterval,
} from '../domain/report-buckets';
import type { BillingDeps } from './billing-deps';

export const REPORT_METRICS = [
	'mrr',
	'upgrades',
	'downgrades',
	'credit_issued',
	'revenue',
	'failed_renewals',
] as const;

/** What a series measures (API.md "Reports"). */
export type ReportMetric = ( typeof REPORT_METRICS )[ number ];

export interface ReportSeries {
	metric: ReportMetric;
	currency: string;
	/** `mrr`: its value at each start; the others: the sum over [start, next start). Money in minor units. */
	points: { start: string; value: number }[];
}

type SeriesDeps = Pick< BillingDeps, 'reports' | 'settings' >;

function values(
	deps: SeriesDeps,
	metric: ReportMetric,
	buckets: Bucket[]
): number[] {
	const { reports } = deps;
	switch ( metric ) {
		case 'mrr':
			return reports.mrrAt( buckets.map( ( b ) => b.start ) );
		case 'upgrades':
			return reports.countEvents( 'membership.upgraded', buckets );
		case 'downgrades':
			return reports.countEvents( 'membership.downgraded', buckets );
		case 'failed_renewals':
			return reports.countEvents( 'membership.renewal_failed', buckets );
		case 'credit_issued':
			return reports.prorationCredit( buckets );
		case 'revenue': {
			const refunds = reports.refundsTotal( buckets );
			return reports
				.paymentsTotal( buckets )
				.map( ( paid, i ) => paid - refunds[ i ] );
		}
	}
}

/** A metric over time from the recorded history (billing decisions 62–65); `to` is exclusive. */
export function reportSeries(
	deps: SeriesDeps,
	query: {
		metric: ReportMetric;
		from: string;
		to: string;
		interval: ReportInterval;
	}
): ReportSeries {
	if ( Date.parse( query.from ) >= Date.parse( query.to ) ) {
		throw invalidParams( {
			to: __( 'The end must come after the start.', 'wu-plan-change' ),
		} );
	}
	const buckets = reportBuckets( query.from, query.to, query.interval );
	if ( buckets === null ) {
		throw invalidParams( {
			interval: __(
				'Too many points for this range: choose a longer interval or a shorter range.',
				'wu-plan-change'
			),
		} );
	}
	const series = values( deps, query.metric, buckets );
	return {
		metric: query.metric,
		currency: deps.settings.currency(),
		points: buckets.map( ( b, i ) => ( {
			start: b.start,
			value: series[ i ],
		} ) ),
	};
}
