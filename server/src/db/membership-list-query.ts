import type { Db } from './connection';
import { readInstant } from './instants';
import {
	containsPattern,
	CUSTOMER_NAME,
	customersMatching,
	exactId,
	inList,
} from './list-sql';
import { STORED_DATE_ERROR } from './renewal-state';
import type { RenewalError, RetryState } from '../domain/renewal-state';
import { ProductRepository } from './product-repository';
import { priceForPeriod } from '../domain/price-for-period';
import type {
	DurationUnit,
	Membership,
	MembershipStatus,
	Product,
} from '../domain/types';

/** Filters, order and page of the membership collection. */
export interface MembershipQuery {
	customerId?: number;
	/** Any of these statuses. */
	statuses?: MembershipStatus[];
	planId?: number;
	/** true: only memberships with a renewal error (RULES R5); false: only those without. */
	renewalError?: boolean;
	/** Customer username, email or display name (prefix), plan name (anywhere), or an exact id. */
	search?: string;
	orderby:
		| 'id'
		| 'period_end'
		| 'status'
		| 'amount'
		| 'customer_name'
		| 'plan_name';
	order: 'asc' | 'desc';
	limit: number;
	offset: number;
}

/** A membership of a list with what the list shows beside it, read in the same statement. */
export interface MembershipListItem extends Membership {
	customerName: string;
	planName: string;
	retry: RetryState | null;
	renewalError: RenewalError | null;
}

/** The renewal columns of a membership row. */
export interface RenewalColumns {
	id: number;
	renewal_failed_at: string | null;
	renewal_attempts: number;
	next_retry_at: string | null;
	renewal_error_at: string | null;
	renewal_error_message: string | null;
}

/** Retry bookkeeping and renewal error of a membership row. */
export function renewalOfRow( row: RenewalColumns ): {
	retry: RetryState | null;
	error: RenewalError | null;
} {
	return {
		retry:
			row.renewal_failed_at === null
				? null
				: {
						failedAt: readInstant( row.renewal_failed_at ),
						attempts: row.renewal_attempts,
						nextRetryAt: readInstant( row.next_retry_at ),
					},
		error:
			row.renewal_error_at === null
				? null
				: {
						at: readInstant( row.renewal_error_at ),
						message:
							row.renewal_error_message ?? STORED_DATE_ERROR(),
					},
	};
}

/**
 * For `orderby=amount`: the catalogue's price of each product at each period memberships use
 * (domain priceForPeriod) as a CTE `prices`, and the recurring total of `m` over it.
 */
function amountOrder(
	db: Db,
	products: Product[],
	args: unknown[]
): { cte: string; expression: string } {
	const periods = db
		.prepare( 'SELECT DISTINCT duration, duration_unit FROM memberships' )
		.all() as { duration: number; duration_unit: DurationUnit }[];
	const rows: string[] = [ "( 0, 0, '', 0 )" ];
	for ( const product of products ) {
		for ( const period of periods ) {
			rows.push( '( ?, ?, ?, ? )' );
			args.push(
				product.id,
				period.duration,
				period.duration_unit,
				product.recurring
					? priceForPeriod( product, {
							duration: period.duration,
							durationUnit: period.duration_unit,
						} )
					: 0
			);
		}
	}
	return {
		cte: `WITH prices ( product_id, duration, unit, amount ) AS ( VALUES ${ rows.join(
			', '
		) } ) `,
		expression: `( COALESCE( ( SELECT pr.amount FROM prices pr WHERE pr.product_id = m.plan_id AND pr.duration = m.duration AND pr.unit = m.duration_unit ), 0 )
			+ COALESCE( ( SELECT SUM( pr.amount * a.quantity ) FROM membership_addons a JOIN prices pr ON pr.product_id = a.product_id
				WHERE a.membership_id = m.id AND pr.duration = m.duration AND pr.unit = m.duration_unit ), 0 ) )`,
	};
}

/** WHERE clause of the filters (on `m`, subqueries for the search), pushing its arguments. */
function filters( query: MembershipQuery, args: unknown[] ): string {
	const where: string[] = [];
	if ( query.customerId !== undefined ) {
		where.push( 'm.customer_id = ?' );
		args.push( query.customerId );
	}
	// NOTE: with a search, the status and plan are tested on the found rows (unary +: no index).
	const tested = query.search ? '+' : '';
	if ( query.statuses && query.statuses.length > 0 ) {
		where.push( inList( `${ tested }m.status`, query.statuses, args ) );
	}
	if ( query.planId !== undefined ) {
		where.push( `${ tested }m.plan_id = ?` );
		args.push( query.planId );
	}
	if ( query.renewalError !== undefined ) {
		where.push(
			query.renewalError
				? 'm.renewal_error_at IS NOT NULL'
				: 'm.renewal_error_at IS NULL'
		);
	}
	if ( query.search ) {
		// The matching ids first (each source on its index), so that SQLite reads those rows
		// instead of walking the status index and testing each row against the search.
		const sources = [
			`SELECT id FROM memberships WHERE customer_id IN ( ${ customersMatching( query.search, args ) } )`,
			"SELECT id FROM memberships WHERE plan_id IN ( SELECT id FROM products WHERE name LIKE ? ESCAPE '\\' )",
		];
		args.push( containsPattern( query.search ) );
		const id = exactId( query.search );
		if ( id !== null ) {
			sources.push( 'SELECT ?' );
			args.push( id );
		}
		where.push( `m.id IN ( ${ sources.join( ' UNION ' ) } )` );
	}
	return where.length > 0 ? `WHERE ${ where.join( ' AND ' ) }` : '';
}

/**
 * One page of memberships with their customer and plan names, and the total matching the
 * filters (a count over `memberships` alone). The page's ids are found first (joining users or
 * products only to sort by their names), then those rows are read with names and lists in one
 * statement: the per-row lists are not built for rows that the sort throws away.
 * `columns` are the repository's membership columns (alias `m`); `hydrate` reads one row.
 */
export function listMemberships< Row extends RenewalColumns >(
	db: Db,
	query: MembershipQuery,
	columns: string,
	hydrate: ( row: Row ) => Membership
): { items: MembershipListItem[]; total: number } {
	const args: unknown[] = [];
	const amount =
		query.orderby === 'amount'
			? amountOrder( db, new ProductRepository( db ).all(), args )
			: { cte: '', expression: '' };
	const where = filters( query, args );
	const direction = query.order === 'desc' ? 'DESC' : 'ASC';
	const order: Record< MembershipQuery[ 'orderby' ], string > = {
		id: 'm.id',
		period_end: 'm.period_end_at',
		status: 'm.status',
		// NOTE: display names are never empty through the API (they default to the username), so
		// the indexed display name orders as CUSTOMER_NAME does.
		customer_name: 'u.display_name COLLATE NOCASE',
		plan_name: 'p.name COLLATE NOCASE',
		amount: amount.expression,
	};
	const joins =
		{
			customer_name:
				'JOIN customers c ON c.id = m.customer_id JOIN users u ON u.id = c.user_id',
			plan_name: 'JOIN products p ON p.id = +m.plan_id',
		}[ query.orderby as string ] ?? '';
	const sql = `${ amount.cte }SELECT m.id FROM memberships m ${ joins } ${ where }
		ORDER BY ${ order[ query.orderby ] } ${ direction }, m.id ${ direction }`;
	let ids: number[];
	let total: number;
	if ( query.search ) {
		// A search gathers its matches once: every matching id in order, counted and sliced
		// here, instead of gathering them again for a COUNT (a broad search finds thousands).
		const all = db
			.prepare( sql )
			.pluck()
			.all( ...args ) as number[];
		total = all.length;
		ids = all.slice( query.offset, query.offset + query.limit );
	} else {
		const countArgs: unknown[] = [];
		total = (
			db
				.prepare(
					`SELECT COUNT(*) AS n FROM memberships m ${ filters( query, countArgs ) }`
				)
				.get( ...countArgs ) as { n: number }
		 ).n;
		ids = db
			.prepare( `${ sql } LIMIT ? OFFSET ?` )
			.pluck()
			.all( ...args, query.limit, query.offset ) as number[];
	}
	if ( ids.length === 0 ) {
		return { items: [], total };
	}
	const rows = db
		.prepare(
			`SELECT ${ columns }, ${ CUSTOMER_NAME } AS customer_name, p.name AS plan_name
			FROM memberships m JOIN customers c ON c.id = m.customer_id JOIN users u ON u.id = c.user_id JOIN products p ON p.id = +m.plan_id
			WHERE m.id IN ( ${ ids.map( () => '?' ).join( ', ' ) } )`
		)
		.all( ...ids ) as ( Row & {
		customer_name: string;
		plan_name: string;
	} )[];
	const byId = new Map( rows.map( ( row ) => [ row.id, row ] ) );
	return {
		items: ids.map( ( id ) => {
			const row = byId.get( id )!;
			const { retry, error } = renewalOfRow( row );
			return {
				...hydrate( row ),
				customerName: row.customer_name,
				planName: row.plan_name,
				retry,
				renewalError: error,
			};
		} ),
		total,
	};
}
