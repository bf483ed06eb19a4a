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
	actor_user_id: number | null;
}

/** A ledger row with the name of the admin who made it by hand (X4). */
interface LedgerRow extends WalletEntryRow {
	balance_after: number;
	actor_name: string | null;
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
				`SELECT w.*, COALESCE( NULLIF( u.display_name, '' ), u.username ) AS actor_name FROM (
					SELECT *, SUM( amount ) OVER ( ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW ) AS balance_after
					FROM wallet_ledger WHERE customer_id = ?
				) w LEFT JOIN users u ON u.id = w.actor_user_id
				ORDER BY w.id ${ query.order === 'asc' ? 'ASC' : 'DESC' } LIMIT ? OFFSET ?`
			)
			.all( customerId, query.limit, query.offset ) as LedgerRow[];
		return {
			items: rows.map( ( row ) => ( {
				...toEntry( row ),
				balanceAfter: row.balance_after,
				actor:
					row.actor_user_id === null
						? null
						: { id: row.actor_user_id, name: row.actor_name ?? '' },
			} ) ),
			total,
		};
	}

	/** Appends an entry; `actorUserId` names the network admin of an entry made by hand (RULES X4). */
	add(
		entry: Omit< WalletEntry, 'id' >,
		actorUserId: number | null = null
	): WalletEntry {
		const info = this.db
			.prepare(
				'INSERT INTO wallet_ledger ( customer_id, amount, currency, reason, payment_id, created_at, actor_user_id ) VALUES ( ?, ?, ?, ?, ?, ?, ? )'
			)
			.run(
				entry.customerId,
				entry.amount,
				entry.currency,
				entry.reason,
				entry.paymentId,
				entry.createdAt,
				actorUserId
			);
		return { ...entry, id: Number( info.lastInsertRowid ) };
	}
}
