import {
	getCustomer,
	listCustomers,
	listWalletEntries,
} from '../api/customers';
import {
	getCancelPreview,
	getLimits,
	getMembership,
	getMembershipNotes,
	getScheduledOverLimits,
	listMemberships,
} from '../api/memberships';
import { getEmail, listEmails } from '../api/emails';
import { listSites, type SiteQuery } from '../api/sites';
import { getMe } from '../api/users';
import { listAudit, type AuditQuery } from '../api/audit';
import { getPayment, listPayments } from '../api/payments';
import { getWebhook, listDeliveries, listWebhooks } from '../api/webhooks';
import { getProduct, listProducts } from '../api/products';
import {
	getReportSeries,
	getReportSummary,
	type ReportInterval,
	type ReportMetric,
	type ReportSeries,
	type ReportSummary,
} from '../api/reports';
import type { Product } from '../api/types';
import { defineQuery } from './use-query';

/** The tags of the data layer: a change invalidates the reads that show what it changed. */
export const TAGS = {
	memberships: 'memberships',
	customers: 'customers',
	payments: 'payments',
	products: 'products',
	sites: 'sites',
	me: 'me',
	emails: 'emails',
	audit: 'audit',
	webhooks: 'webhooks',
} as const;

type ListParams = Record< string, string | number | boolean | undefined >;

/** A page of memberships (with customer and plan names) for the list's REST query. */
export const membershipsQuery = defineQuery(
	'memberships',
	( params: ListParams ) => listMemberships( params ),
	[ TAGS.memberships, TAGS.customers, TAGS.products ]
);
export const membershipQuery = defineQuery(
	'membership',
	( id: number ) => getMembership( id ),
	[ TAGS.memberships ]
);
export const customersQuery = defineQuery(
	'customers',
	( params: ListParams ) => listCustomers( params ),
	[ TAGS.customers ]
);
export const customerQuery = defineQuery(
	'customer',
	( id: number ) => getCustomer( id ),
	[ TAGS.customers ]
);
export const paymentsQuery = defineQuery(
	'payments',
	( params: ListParams ) => listPayments( params ),
	[ TAGS.payments, TAGS.customers ]
);
export const paymentQuery = defineQuery(
	'payment',
	( id: number ) => getPayment( id ),
	[ TAGS.payments ]
);
export const productsQuery = defineQuery(
	'products',
	( params: ListParams ) => listProducts( params ),
	[ TAGS.products ]
);
export const productQuery = defineQuery(
	'product',
	( id: number ) => getProduct( id ),
	[ TAGS.products ]
);

/** Every product of the catalogue (up to 100 per page, all pages), for names and pickers. */
export async function loadAllProducts(): Promise< Product[] > {
	const params = {
		per_page: 100,
		orderby: 'list_order',
		order: 'asc' as const,
	};
	const first = await listProducts( params );
	const rest = await Promise.all(
		Array.from(
			{ length: Math.max( 0, first.totalPages - 1 ) },
			( _, index ) => listProducts( { ...params, page: index + 2 } )
		)
	);
	return [ first, ...rest ].flatMap( ( page ) => page.items );
}
export const catalogueQuery = defineQuery(
	'catalogue',
	() => loadAllProducts(),
	[ TAGS.products ]
);

/** The catalogue by id (what the caller may read: active products for a customer). */
export const productMapQuery = defineQuery(
	'product-map',
	async () =>
		new Map(
			( await loadAllProducts() ).map( ( product ) => [
				product.id,
				product,
			] )
		),
	[ TAGS.products ]
);
export const membershipLimitsQuery = defineQuery(
	'membership-limits',
	( id: number ) => getLimits( id ),
	[ TAGS.memberships, TAGS.sites ]
);
export const membershipNotesQuery = defineQuery(
	'membership-notes',
	( id: number ) => getMembershipNotes( id ),
	[ TAGS.memberships ]
);
export const scheduledOverLimitsQuery = defineQuery(
	'scheduled-over-limits',
	( id: number ) => getScheduledOverLimits( id ),
	[ TAGS.memberships, TAGS.sites ]
);
/** What cancelling a membership now would give back (RULES X2), for the cancel dialog. */
export const cancelPreviewQuery = defineQuery(
	'cancel-preview',
	( id: number ) => getCancelPreview( id ),
	[ TAGS.memberships, TAGS.payments ]
);
export const sitesQuery = defineQuery(
	'sites',
	( params: SiteQuery ) => listSites( params ),
	[ TAGS.sites, TAGS.memberships ]
);
export const walletQuery = defineQuery(
	'wallet',
	( id: number, page: number, perPage: number ) =>
		listWalletEntries( id, { page, per_page: perPage } ),
	[ TAGS.customers, TAGS.payments ]
);
/** E-mails are made from changes a moment later (the outbox's relay): any change may add one. */
export const emailsQuery = defineQuery(
	'emails',
	( params: ListParams ) => listEmails( params ),
	[ TAGS.emails, TAGS.customers, TAGS.memberships, TAGS.payments ]
);
export const emailQuery = defineQuery(
	'email',
	( id: number ) => getEmail( id ),
	[ TAGS.emails ]
);
export const meQuery = defineQuery( 'me', () => getMe(), [ TAGS.me ] );
/** A page of the audit log about one object (its Activity). */
export const auditQuery = defineQuery(
	'audit',
	( params: AuditQuery ) => listAudit( params ),
	[ TAGS.audit ]
);

export const webhooksQuery = defineQuery(
	'webhooks',
	( params: ListParams ) => listWebhooks( params ),
	[ TAGS.webhooks ]
);
export const webhookQuery = defineQuery(
	'webhook',
	( id: number ) => getWebhook( id ),
	[ TAGS.webhooks ]
);
/** An endpoint's delivery log; it also grows by itself (the dispatcher), so screens offer Refresh. */
export const webhookDeliveriesQuery = defineQuery(
	'webhook-deliveries',
	( id: number, params: ListParams ) => listDeliveries( id, params ),
	[ TAGS.webhooks ]
);

/** The metrics the Reports screen draws, in its order. */
export const REPORT_METRICS: ReportMetric[] = [
	'mrr',
	'upgrades',
	'downgrades',
	'credit_issued',
	'revenue',
	'failed_renewals',
];

/** What the Reports screen shows for a range: the summary at its end and every series over it. */
export interface ReportData {
	summary: ReportSummary;
	series: Record< ReportMetric, ReportSeries >;
}

export const reportsQuery = defineQuery(
	'reports',
	async ( range: {
		from: string;
		to: string;
		interval: ReportInterval;
	} ): Promise< ReportData > => {
		const [ summary, ...series ] = await Promise.all( [
			getReportSummary( range.to ),
			...REPORT_METRICS.map( ( metric ) =>
				getReportSeries( { ...range, metric } )
			),
		] );
		return {
			summary,
			series: Object.fromEntries(
				REPORT_METRICS.map( ( metric, i ) => [ metric, series[ i ] ] )
			) as ReportData[ 'series' ],
		};
	},
	[ TAGS.memberships, TAGS.payments, TAGS.products ]
);

/** MRR now and 30 days before (the dashboard's tile), from the server's clock. */
export const mrrTrendQuery = defineQuery(
	'mrr-trend',
	async () => {
		const now = await getReportSummary();
		const before = await getReportSummary(
			new Date( Date.parse( now.at ) - 30 * 86_400_000 ).toISOString()
		);
		return { now, before };
	},
	[ TAGS.memberships, TAGS.products ]
);
