import type { QuoteStatus, StoredQuote } from '../domain/stored-quote';
import type { Db } from './connection';
import { readInstant, storeInstant } from './instants';
import type { Quote } from '../domain/types';

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

/**
 * How many open quotes are kept at most; past it the oldest is forgotten (its checkout answers
 * `wu_quote_stale` and the customer is quoted again). About 2 KB each, so at most ~40 MB, and
 * far more than 30 minutes (Q2's expiry) of customers comparing plans.
 */
export const MAX_OPEN_QUOTES = 20_000;

/**
 * How many open quotes one user keeps at most (their oldest is forgotten first), so that one
 * account asking for quotes in a loop cannot push everyone else's out of `MAX_OPEN_QUOTES`.
 */
export const MAX_OPEN_QUOTES_PER_USER = 50;

/**
 * Quotes pinned to an instant and a membership version (RULES Q2), decision 37: an OPEN quote is
 * an offer on a screen and lives in this process's memory only (as its JSON, insertion-ordered,
 * at most `MAX_OPEN_QUOTES`); it becomes a row when checkout uses it (`transition` from `open`),
 * inside checkout's transaction, so a paid or pending quote is as durable as its payment. A
 * restart forgets open quotes; their checkout answers `wu_quote_stale`, as an expired one does.
 * A user keeps at most `MAX_OPEN_QUOTES_PER_USER`.
 */
export class QuoteRepository {
	private readonly open = new Map<
		string,
		{ userId: number; json: string }
	>();
	/** Each user's open quote ids, oldest first. */
	private readonly byUser = new Map< number, string[] >();

	constructor( private readonly db: Db ) {}

	/** Holds a new open quote; nothing is written to the database. */
	insert( id: string, userId: number, quote: Quote ): StoredQuote {
		const mine = this.byUser.get( userId ) ?? [];
		if ( mine.length >= MAX_OPEN_QUOTES_PER_USER ) {
			this.forget( mine[ 0 ] );
		} else if ( this.open.size >= MAX_OPEN_QUOTES ) {
			this.forget( this.open.keys().next().value as string );
		}
		this.open.set( id, { userId, json: JSON.stringify( quote ) } );
		this.byUser.set( userId, [
			...( this.byUser.get( userId ) ?? [] ),
			id,
		] );
		return { id, userId, status: 'open', paymentId: null, quote };
	}

	private forget( id: string ): void {
		const held = this.open.get( id );
		if ( ! held ) {
			return;
		}
		this.open.delete( id );
		const rest = ( this.byUser.get( held.userId ) ?? [] ).filter(
			( other ) => other !== id
		);
		if ( rest.length > 0 ) {
			this.byUser.set( held.userId, rest );
		} else {
			this.byUser.delete( held.userId );
		}
	}

	/** A quote by id: its row once checkout used it, else the open quote held in memory. */
	find( id: string ): StoredQuote | null {
		const row = this.db
			.prepare( 'SELECT * FROM quotes WHERE id = ?' )
			.get( id ) as QuoteRow | undefined;
		if ( ! row ) {
			const held = this.open.get( id );
			return held
				? {
						id,
						userId: held.userId,
						status: 'open',
						paymentId: null,
						quote: JSON.parse( held.json ) as Quote,
					}
				: null;
		}
		const quote = JSON.parse( row.quote ) as Quote;
		return {
			id: row.id,
			userId: row.user_id,
			status: row.status,
			paymentId: row.payment_id,
			quote: {
				...quote,
				createdAt: readInstant( row.created_at ),
				expiresAt: readInstant( row.expires_at ),
			},
		};
	}

	/**
	 * Moves a quote from `from` to `to`; false when it was not in `from` any more. From `open`
	 * this writes the quote's row (in the caller's transaction: a rollback leaves it open).
	 */
	transition(
		id: string,
		from: QuoteStatus,
		to: QuoteStatus,
		paymentId: number | null
	): boolean {
		const held = this.open.get( id );
		if ( from === 'open' && held ) {
			const quote = JSON.parse( held.json ) as Quote;
			const info = this.db
				.prepare(
					`INSERT INTO quotes ( id, membership_id, user_id, membership_version, due_now_amount, currency, status, payment_id, quote, created_at, expires_at )
					VALUES ( ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? ) ON CONFLICT ( id ) DO NOTHING`
				)
				.run(
					id,
					quote.membershipId,
					held.userId,
					quote.membershipVersion,
					quote.dueNow,
					quote.currency,
					to,
					paymentId,
					held.json,
					storeInstant( quote.createdAt ),
					storeInstant( quote.expiresAt )
				);
			return info.changes === 1;
		}
		const info = this.db
			.prepare(
				'UPDATE quotes SET status = ?, payment_id = COALESCE( ?, payment_id ) WHERE id = ? AND status = ?'
			)
			.run( to, paymentId, id, from );
		return info.changes === 1;
	}

	/** Replaces a stored (no longer open) quote's JSON, e.g. to keep an admin's over-limit approval (RULES L4). */
	rewrite( id: string, quote: Quote ): void {
		this.db
			.prepare( 'UPDATE quotes SET quote = ? WHERE id = ?' )
			.run( JSON.stringify( quote ), id );
	}

	/** The stored quotes of a membership that the network admin applied over the limits (RULES L4), newest first. */
	overLimitApprovals( membershipId: number ): StoredQuote[] {
		const rows = this.db
			.prepare(
				'SELECT id FROM quotes WHERE membership_id = ? AND quote LIKE \'%"overLimitsApproval"%\' ORDER BY created_at DESC, id'
			)
			.all( membershipId ) as { id: string }[];
		return rows
			.map( ( row ) => this.find( row.id ) )
			.filter(
				( stored ): stored is StoredQuote =>
					!! stored?.quote.overLimitsApproval
			);
	}

	findByPayment( paymentId: number ): StoredQuote | null {
		const row = this.db
			.prepare( 'SELECT id FROM quotes WHERE payment_id = ?' )
			.get( paymentId ) as { id: string } | undefined;
		return row ? this.find( row.id ) : null;
	}
}
