import type { Db } from './connection';
import { readInstant, storeInstant } from './instants';
import type { Quote } from '../domain/types';

export type QuoteStatus = 'open' | 'pending' | 'paid';

/** A stored quote: the domain quote, its id, who asked, and whether it was paid. */
export interface StoredQuote {
	id: string;
	userId: number;
	status: QuoteStatus;
	paymentId: number | null;
	quote: Quote;
}

interface QuoteRow {
	id: string;
	membership_id: number;
	user_id: number;
	membership_version: number;
	due_now_amount: number;
	currency: string;
	status: QuoteStatus;
	payment_id: number | null;
	quote: string;
	created_at: string;
	expires_at: string;
}

/** Quotes pinned to an instant and a membership version (RULES Q2). */
export class QuoteRepository {
	constructor( private readonly db: Db ) {}

	insert( id: string, userId: number, quote: Quote ): StoredQuote {
		this.db
			.prepare(
				`INSERT INTO quotes ( id, membership_id, user_id, membership_version, due_now_amount, currency, status, quote, created_at, expires_at )
				VALUES ( ?, ?, ?, ?, ?, ?, 'open', ?, ?, ? )`
			)
			.run( id, quote.membershipId, userId, quote.membershipVersion, quote.dueNow, quote.currency, JSON.stringify( quote ), storeInstant( quote.createdAt ), storeInstant( quote.expiresAt ) );
		return { id, userId, status: 'open', paymentId: null, quote };
	}

	find( id: string ): StoredQuote | null {
		const row = this.db.prepare( 'SELECT * FROM quotes WHERE id = ?' ).get( id ) as QuoteRow | undefined;
		if ( ! row ) {
			return null;
		}
		const quote = JSON.parse( row.quote ) as Quote;
		return {
			id: row.id,
			userId: row.user_id,
			status: row.status,
			paymentId: row.payment_id,
			quote: { ...quote, createdAt: readInstant( row.created_at ), expiresAt: readInstant( row.expires_at ) },
		};
	}

	/** Moves a quote from `from` to `to`; false when it was not in `from` any more. */
	transition( id: string, from: QuoteStatus, to: QuoteStatus, paymentId: number | null ): boolean {
		const info = this.db.prepare( 'UPDATE quotes SET status = ?, payment_id = COALESCE( ?, payment_id ) WHERE id = ? AND status = ?' ).run( to, paymentId, id, from );
		return info.changes === 1;
	}

	findByPayment( paymentId: number ): StoredQuote | null {
		const row = this.db.prepare( 'SELECT id FROM quotes WHERE payment_id = ?' ).get( paymentId ) as { id: string } | undefined;
		return row ? this.find( row.id ) : null;
	}
}
