import type { SavedCard, Customer } from '../domain/customer';
import type { Db } from './connection';

interface CustomerRow {
	id: number;
	user_id: number;
	username: string;
	email: string;
	display_name: string;
	card_reference: string | null;
	card_last4: string | null;
	created_at: string;
}

function toCustomer( row: CustomerRow ): Customer {
	return {
		id: row.id,
		userId: row.user_id,
		username: row.username,
		email: row.email,
		displayName: row.display_name,
		card: row.card_reference
			? { reference: row.card_reference, last4: row.card_last4 ?? '' }
			: null,
		createdAt: row.created_at,
	};
}

const SELECT =
	'SELECT c.*, u.username, u.email, u.display_name FROM customers c JOIN users u ON u.id = c.user_id';

export interface CustomerQuery {
	search?: string;
	orderby: 'id' | 'username' | 'email' | 'display_name';
	order: 'asc' | 'desc';
	limit: number;
	offset: number;
	/** Only this customer (a customer listing sees themself). */
	id?: number;
}

const ORDER_COLUMNS: Record< CustomerQuery[ 'orderby' ], string > = {
	id: 'c.id',
	username: 'u.username COLLATE NOCASE',
	email: 'u.email COLLATE NOCASE',
	display_name: 'u.display_name COLLATE NOCASE',
};

/** Customers (one per customer user). */
export class CustomerRepository {
	constructor( private readonly db: Db ) {}

	insert( userId: number, now: string ): Customer {
		const info = this.db
			.prepare(
				'INSERT INTO customers ( user_id, created_at ) VALUES ( ?, ? )'
			)
			.run( userId, now );
		return this.find( Number( info.lastInsertRowid ) ) as Customer;
	}

	find( id: number ): Customer | null {
		const row = this.db
			.prepare( `${ SELECT } WHERE c.id = ?` )
			.get( id ) as CustomerRow | undefined;
		return row ? toCustomer( row ) : null;
	}

	findByUserId( userId: number ): Customer | null {
		const row = this.db
			.prepare( `${ SELECT } WHERE c.user_id = ?` )
			.get( userId ) as CustomerRow | undefined;
		return row ? toCustomer( row ) : null;
	}

	list( query: CustomerQuery ): { items: Customer[]; total: number } {
		const where: string[] = [];
		const args: unknown[] = [];
		if ( query.id !== undefined ) {
			where.push( 'c.id = ?' );
			args.push( query.id );
		}
		if ( query.search ) {
			const like = `%${ query.search.replace( /[\\%_]/g, ( c ) => `\\${ c }` ) }%`;
			where.push(
				"( u.username LIKE ? ESCAPE '\\' OR u.email LIKE ? ESCAPE '\\' OR u.display_name LIKE ? ESCAPE '\\' )"
			);
			args.push( like, like, like );
		}
		const clause =
			where.length > 0 ? `WHERE ${ where.join( ' AND ' ) }` : '';
		const total = (
			this.db
				.prepare(
					`SELECT COUNT(*) AS n FROM customers c JOIN users u ON u.id = c.user_id ${ clause }`
				)
				.get( ...args ) as { n: number }
		 ).n;
		const direction = query.order === 'desc' ? 'DESC' : 'ASC';
		const rows = this.db
			.prepare(
				`${ SELECT } ${ clause } ORDER BY ${ ORDER_COLUMNS[ query.orderby ] } ${ direction }, c.id ${ direction } LIMIT ? OFFSET ?`
			)
			.all( ...args, query.limit, query.offset ) as CustomerRow[];
		return { items: rows.map( toCustomer ), total };
	}

	saveCard( id: number, card: SavedCard | null ): void {
		this.db
			.prepare(
				'UPDATE customers SET card_reference = ?, card_last4 = ? WHERE id = ?'
			)
			.run( card?.reference ?? null, card?.last4 ?? null, id );
	}
}
