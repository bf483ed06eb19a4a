import type { Db } from './connection';
import type { Customer } from '../domain/customer';
import { customersMatching } from './list-sql';

/** Filters, order and page of the customer collection. */
export interface CustomerQuery {
	/** Username, email or display name starting with it (case-insensitive). */
	search?: string;
	orderby: 'id' | 'username' | 'email' | 'display_name' | 'wallet_balance';
	order: 'asc' | 'desc';
	limit: number;
	offset: number;
	/** Only this customer (a customer listing sees themself). */
	id?: number;
}

/** A customer of a list with their wallet balance (the ledger's sum, RULES W3) from the same statement. */
export interface CustomerListItem extends Customer {
	walletBalance: number;
}

interface ListRow {
	id: number;
	user_id: number;
	username: string;
	email: string;
	display_name: string;
	card_reference: string | null;
	card_last4: string | null;
	created_at: string;
	wallet_balance: number;
}

const BALANCE =
	'COALESCE( ( SELECT SUM( amount ) FROM wallet_ledger w WHERE w.customer_id = c.id ), 0 )';

const ORDER_COLUMNS: Record< CustomerQuery[ 'orderby' ], string > = {
	id: 'c.id',
	username: 'u.username COLLATE NOCASE',
	email: 'u.email COLLATE NOCASE',
	display_name: 'u.display_name COLLATE NOCASE',
	wallet_balance: 'wallet_balance',
};

function filters( query: CustomerQuery, args: unknown[] ): string {
	const where: string[] = [];
	if ( query.id !== undefined ) {
		where.push( 'c.id = ?' );
		args.push( query.id );
	}
	if ( query.search ) {
		where.push(
			`c.id IN ( ${ customersMatching( query.search, args ) } )`
		);
	}
	return where.length > 0 ? `WHERE ${ where.join( ' AND ' ) }` : '';
}

/** One page of customers with their wallet balances, and the total matching the filters. */
export function listCustomers(
	db: Db,
	query: CustomerQuery
): { items: CustomerListItem[]; total: number } {
	const countArgs: unknown[] = [];
	const countWhere = filters( query, countArgs );
	const total = (
		db
			.prepare( `SELECT COUNT(*) AS n FROM customers c ${ countWhere }` )
			.get( ...countArgs ) as { n: number }
	 ).n;
	const args: unknown[] = [];
	const where = filters( query, args );
	const direction = query.order === 'desc' ? 'DESC' : 'ASC';
	const rows = db
		.prepare(
			`SELECT c.*, u.username, u.email, u.display_name, ${ BALANCE } AS wallet_balance
			FROM customers c JOIN users u ON u.id = c.user_id
			${ where } ORDER BY ${ ORDER_COLUMNS[ query.orderby ] } ${ direction }, c.id ${ direction } LIMIT ? OFFSET ?`
		)
		.all( ...args, query.limit, query.offset ) as ListRow[];
	return {
		items: rows.map( ( row ) => ( {
			id: row.id,
			userId: row.user_id,
			username: row.username,
			email: row.email,
			displayName: row.display_name,
			card: row.card_reference
				? { reference: row.card_reference, last4: row.card_last4 ?? '' }
				: null,
			createdAt: row.created_at,
			walletBalance: row.wallet_balance,
		} ) ),
		total,
	};
}
