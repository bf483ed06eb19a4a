import type { SavedCard, Customer } from '../domain/customer';
import type { Db } from './connection';
import {
	listCustomers,
	type CustomerListItem,
	type CustomerQuery,
} from './customer-list-query';

export type { CustomerListItem, CustomerQuery } from './customer-list-query';

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

	/** A page of customers with wallet balances, and the total (customer-list-query.ts). */
	list( query: CustomerQuery ): { items: CustomerListItem[]; total: number } {
		return listCustomers( this.db, query );
	}

	saveCard( id: number, card: SavedCard | null ): void {
		this.db
			.prepare(
				'UPDATE customers SET card_reference = ?, card_last4 = ? WHERE id = ?'
			)
			.run( card?.reference ?? null, card?.last4 ?? null, id );
	}
}
