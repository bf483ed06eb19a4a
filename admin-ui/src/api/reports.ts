import { get, query } from './client';

/** `GET /reports/summary` (API.md "Reports"): the network at an instant. Money in minor units. */
export interface ReportSummary {
	at: string;
	mrr: number;
	currency: string;
	active: number;
	trialing: number;
	on_hold: number;
	cancelled: number;
	expired: number;
	/** Active and on-hold memberships by plan, most MRR first. */
	plans: {
		plan_id: number;
		name: string;
		active: number;
		on_hold: number;
		mrr: number;
	}[];
}

export type ReportMetric =
	| 'mrr'
	| 'upgrades'
	| 'downgrades'
	| 'credit_issued'
	| 'revenue'
	| 'failed_renewals';

export type ReportInterval = 'day' | 'week' | 'month';

/** `GET /reports/series`: `mrr` at each point's start, the others summed over the interval. */
export interface ReportSeries {
	metric: ReportMetric;
	currency: string;
	points: { start: string; value: number }[];
}

export interface SeriesQuery {
	metric: ReportMetric;
	from: string;
	to: string;
	interval: ReportInterval;
}

export const getReportSummary = ( at?: string ) =>
	get< ReportSummary >( `/reports/summary${ query( { at } ) }` );

export const getReportSeries = ( params: SeriesQuery ) =>
	get< ReportSeries >( `/reports/series${ query( { ...params } ) }` );
