import type { z } from 'zod';
import { billingNow } from '../../services/billing-deps';
import { reportSeries } from '../../services/report-series';
import { reportSummary } from '../../services/report-summary';
import { defaultReportRange } from '../../domain/report-buckets';
import { networkAdmin } from '../rest-server';
import { seriesArgs, summaryArgs } from '../schemas/report';
import type { RouteDefinition } from './route-definition';

/** `/reports` (admin, RULES B1): the network at an instant and metrics over time, from the recorded history. */
export const reportsRoutes: RouteDefinition[] = [
	{
		route: '/reports/summary',
		endpoints: {
			methods: [ 'GET' ],
			permission: networkAdmin,
			args: summaryArgs,
			handler: ( request, ctx ) => {
				const query = request.args as z.output< typeof summaryArgs >;
				const summary = reportSummary(
					ctx,
					query.at ?? billingNow( ctx )
				);
				return {
					at: summary.at,
					mrr: summary.mrr,
					currency: summary.currency,
					active: summary.counts.active,
					trialing: summary.counts.trialing,
					on_hold: summary.counts[ 'on-hold' ],
					cancelled: summary.counts.cancelled,
					expired: summary.counts.expired,
					plans: summary.plans.map( ( plan ) => ( {
						plan_id: plan.planId,
						name: plan.name,
						active: plan.active,
						on_hold: plan.onHold,
						mrr: plan.mrr,
					} ) ),
				};
			},
		},
	},
	{
		route: '/reports/series',
		endpoints: {
			methods: [ 'GET' ],
			permission: networkAdmin,
			args: seriesArgs,
			handler: ( request, ctx ) => {
				const query = request.args as z.output< typeof seriesArgs >;
				const interval = query.interval ?? 'month';
				const range = defaultReportRange( billingNow( ctx ), interval );
				return reportSeries( ctx, {
					metric: query.metric,
					from: query.from ?? range.from,
					to: query.to ?? range.to,
					interval,
				} );
			},
		},
	},
];
