import type { Db } from './connection';
import { readInstant } from './instants';
import { CUSTOMER_NAME, customersMatching, exactId, inList } from './list-sql';
import type { Payment, PaymentKind, PaymentStatus } from '../domain/payment';
import type { QuoteLineKind } from '../domain/types';
import { shownPaymentStatus } from '../domain/refund';

/** Filters, order and page of the payment collection. */
export interface PaymentQuery {
	customerId?: number;
	membershipId?: number;
	/** Any of these statuses. */
	statuses?: PaymentStatus[];
	/** Customer username, email or display name (prefix), or an exact payment id. */
	search?: string;
	orderby: 'id' | 'total' | 'created_at' | 'status' | 'customer_name';
	order: 'asc' | 'desc';
	limit: number;
	offset: number;
}

/** A payment of a list with its customer's name and its membership's plan name. */
export interface PaymentListItem extends Payment {
	customerName: string;
	/** The plan of the payment's membership now; null without a membership. */
	planName: string | null;
}

interface ListRow {
	id: number;
	customer_id: number;
	membership_id: number | null;
	status: PaymentStatus;
	kind: PaymentKind;
	total_amount: number;
	currency: string;
	gateway: string;
	quote_id: string | null;
	failure_message: string | null;
	created_at: string;
	completed_at: string | null;
	refunded_amount: number;
	invoice_number: number | null;
	customer_name: string;
	plan_name: string | null;
	/** `[kind, product, description, quantity, unit amount, amount]` per line. */
	lines_json: string;
}

const ORDER_COLUMNS: Record< PaymentQuery[ 'orderby' ], string > = {
	id: 'p.id',
	total: 'p.total_amount',
	created_at: 'p.created_at',
	status: 'p.status',
	// NOTE: display names are never empty through the API (they default to the username).
	customer_name: 'u.display_name COLLATE NOCASE',
};

/** The refunded sum of the row `p`, minor units (RULES X3); NULL when it has no refunds. */
const REFUNDED =
	'( SELECT SUM( amount ) FROM refunds WHERE payment_id = p.id )';

/**
 * Payments shown with any of `statuses`: `completed`, `partially_refunded` and `refunded` of a
 * completed payment follow from its refunds (domain shownPaymentStatus), the others are stored.
 */
function statusFilter(
	column: string,
	statuses: PaymentStatus[],
	args: unknown[]
): string {
	const stored = statuses.filter(
		( s ) => s !== 'completed' && s !== 'partially_refunded'
	);
	const parts = stored.length > 0 ? [ inList( column, stored, args ) ] : [];
	const completed = `${ column } = 'completed'`;
	if ( statuses.includes( 'completed' ) ) {
		parts.push( `( ${ completed } AND ${ REFUNDED } IS NULL )` );
	}
	if ( statuses.includes( 'partially_refunded' ) ) {
		parts.push( `( ${ completed } AND ${ REFUNDED } < p.total_amount )` );
	}
	if ( statuses.includes( 'refunded' ) ) {
		parts.push( `( ${ completed } AND ${ REFUNDED } >= p.total_amount )` );
	}
	return `( ${ parts.join( ' OR ' ) } )`;
}

function filters( query: PaymentQuery, args: unknown[] ): string {
	const where: string[] = [];
	if ( query.customerId !== undefined ) {
		where.push( 'p.customer_id = ?' );
		args.push( query.customerId );
	}
	if ( query.membershipId !== undefined ) {
		where.push( 'p.membership_id = ?' );
		args.push( query.membershipId );
	}
	if ( query.statuses && query.statuses.length > 0 ) {
		// NOTE: with a search, the status is tested on the found rows (unary +: no index).
		where.push(
			statusFilter(
				query.search ? '+p.status' : 'p.status',
				query.statuses,
				args
			)
		);
	}
	if ( query.search ) {
		const sources = [
			`SELECT id FROM payments WHERE customer_id IN ( ${ customersMatching( query.search, args ) } )`,
		];
		const id = exactId( query.search );
		if ( id !== null ) {
			sources.push( 'SELECT ?' );
			args.push( id );
		}
		where.push( `p.id IN ( ${ sources.join( ' UNION ' ) } )` );
	}
	return where.length > 0 ? `WHERE ${ where.join( ' AND ' ) }` : '';
}

/**
 * One page of payments with their lines, customer name and plan name in one statement (JOINs
 * and a JSON subquery: no query per row), and the total matching the filters.
 */
export function listPayments(
	db: Db,
	query: PaymentQuery
): { items: PaymentListItem[]; total: number } {
	const countArgs: unknown[] = [];
	const total = (
		db
			.prepare(
				`SELECT COUNT(*) AS n FROM payments p ${ filters( query, countArgs ) }`
			)
			.get( ...countArgs ) as { n: number }
	 ).n;
	const args: unknown[] = [];
	const where = filters( query, args );
	const direction = query.order === 'desc' ? 'DESC' : 'ASC';
	// The page's ids first (users joined only to sort by name), then their rows with names and
	// lines: the lines are not gathered for rows that the sort throws away.
	const joins =
		query.orderby === 'customer_name'
			? 'JOIN customers c ON c.id = p.customer_id JOIN users u ON u.id = c.user_id'
			: '';
	const ids = (
		db
			.prepare(
				`SELECT p.id FROM payments p ${ joins } ${ where }
				ORDER BY ${ ORDER_COLUMNS[ query.orderby ] } ${ direction }, p.id ${ direction } LIMIT ? OFFSET ?`
			)
			.all( ...args, query.limit, query.offset ) as { id: number }[]
	 ).map( ( row ) => row.id );
	if ( ids.length === 0 ) {
		return { items: [], total };
	}
	const rows = db
		.prepare(
			`SELECT p.*, ( SELECT COALESCE( SUM( amount ), 0 ) FROM refunds WHERE payment_id = p.id ) AS refunded_amount,
				${ CUSTOMER_NAME } AS customer_name, pl.name AS plan_name,
				( SELECT json_group_array( json_array( kind, product_id, description, quantity, unit_amount, amount ) )
					FROM ( SELECT * FROM payment_lines WHERE payment_id = p.id ORDER BY position ) ) AS lines_json
			FROM payments p JOIN customers c ON c.id = p.customer_id JOIN users u ON u.id = c.user_id
				LEFT JOIN memberships m ON m.id = p.membership_id LEFT JOIN products pl ON pl.id = +m.plan_id
			WHERE p.id IN ( ${ ids.map( () => '?' ).join( ', ' ) } )`
		)
		.all( ...ids ) as ListRow[];
	const byId = new Map( rows.map( ( row ) => [ row.id, row ] ) );
	return { items: ids.map( ( id ) => toItem( byId.get( id )! ) ), total };
}

function toItem( row: ListRow ): PaymentListItem {
	const lines = JSON.parse( row.lines_json ) as [
		QuoteLineKind,
		number | null,
		string,
		number,
		number,
		number,
	][];
	return {
		id: row.id,
		customerId: row.customer_id,
		membershipId: row.membership_id,
		status: shownPaymentStatus(
			row.status,
			row.total_amount,
			row.refunded_amount
		),
		kind: row.kind,
		total: row.total_amount,
		refundedTotal: row.refunded_amount,
		currency: row.currency,
		gateway: row.gateway,
		quoteId: row.quote_id,
		failureMessage: row.failure_message,
		lines: lines.map(
			( [
				kind,
				productId,
				description,
				quantity,
				unitAmount,
				amount,
			] ) => ( {
				kind,
				productId,
				description,
				quantity,
				unitAmount,
				amount,
			} )
		),
		createdAt: readInstant( row.created_at ),
		completedAt: readInstant( row.completed_at ),
		invoiceNumber: row.invoice_number,
		customerName: row.customer_name,
		planName: row.plan_name,
	};
}
