import type { WalletEntry, WalletLedgerLine } from '../domain/wallet-entry';
import type { Db } from './connection';

interface WalletEntryRow {
	id: number;
	customer_id: number;
	amount: number;
	currency: string;
	reason: string;
	payment_id: number | null;
	created_at: string;
}

function toEntry( row: WalletEntryRow ): WalletEntry {
	return {
		id: row.id,
		customerId: row.customer_id,
		amount: row.amount,
		currency: row.currency,
		reason: row.reason,
		paymentId: row.payment_id,
		createdAt: row.created_at,
	};
}

/** The wallet ledger; the balance is computed from the entries (domain walletBalance). */
export class WalletRepository {
	constructor( private readonly db: Db ) {}

	entries( customerId: number ): WalletEntry[] {
		return (
			this.db
				.prepare(
					'SELECT * FROM wallet_ledger WHERE customer_id = ? ORDER BY id'
				)
				.all( customerId ) as WalletEntryRow[]
		 ).map( toEntry );
	}

	/** A page of a customer's ledger (newest first unless `order` is asc), each entry with the balance after it. */
	page(
		customerId: number,
		query: { order: 'asc' | 'desc'; limit: number; offset: number }
	): { items: WalletLedgerLine[]; total: number } {
		const total = (
			this.db
				.prepare(
					'SELECT COUNT(*) AS n FROM wallet_ledger WHERE customer_id = ?'
				)
				.get( customerId ) as { n: number }
		 ).n;
		const rows = this.db
			.prepare(
				`SELECT *, SUM( amount ) OVER ( ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW ) AS balance_after
				FROM wallet_ledger WHERE customer_id = ? ORDER BY id ${ query.order === 'asc' ? 'ASC' : 'DESC' } LIMIT ? OFFSET ?`
			)
			.all(
				customerId,
				query.limit,
				query.offset
			) as ( WalletEntryRow & { balance_after: number } )[];
		return {
			items: rows.map( ( row ) => ( {
				...toEntry( row ),
				balanceAfter: row.balance_after,
			} ) ),
			total,
		};
	}

	add( entry: Omit< WalletEntry, 'id' > ): WalletEntry {
		const info = this.db
			.prepare(
				'INSERT INTO wallet_ledger ( customer_id, amount, currency, reason, payment_id, created_at ) VALUES ( ?, ?, ?, ?, ?, ? )'
			)
			.run(
				entry.customerId,
				entry.amount,
				entry.currency,
				entry.reason,
				entry.paymentId,
				entry.createdAt
			);
		return { ...entry, id: Number( info.lastInsertRowid ) };
	}
}
