import type { Db } from './connection';
import type { Email, EmailKind, EmailStatus, NewEmail } from '../domain/email';
import { isLocale } from '../i18n';
import { containsPattern, equalities, inList, whereOf } from './list-sql';

interface EmailRow {
	id: number;
	customer_id: number;
	event_id: number;
	kind: EmailKind;
	locale: string;
	to_address: string;
	subject: string;
	text: string;
	html: string;
	created_at: string;
	status: EmailStatus;
	attempts: number;
	next_attempt_at: string | null;
	sent_at: string | null;
	error: string | null;
}

function toEmail( row: EmailRow ): Email {
	return {
		id: row.id,
		customerId: row.customer_id,
		eventId: row.event_id,
		kind: row.kind,
		locale: isLocale( row.locale ) ? row.locale : 'en_US',
		to: row.to_address,
		subject: row.subject,
		text: row.text,
		html: row.html,
		createdAt: row.created_at,
		status: row.status,
		attempts: row.attempts,
		nextAttemptAt: row.next_attempt_at,
		sentAt: row.sent_at,
		error: row.error,
	};
}

/** Filters and page of the e-mail list (newest first unless `order` says asc). */
export interface EmailQuery {
	customerId?: number;
	statuses?: readonly EmailStatus[];
	/** Part of the address or the subject. */
	search?: string;
	order: 'asc' | 'desc';
	limit: number;
	offset: number;
}

/** E-mails to customers (migration 0010): written by the 'emails' consumer, sent by the mailer. */
export class EmailRepository {
	constructor( private readonly db: Db ) {}

	/** Stores an e-mail; a second one of the same kind for the same event is ignored (null). */
	insert( email: NewEmail ): Email | null {
		const info = this.db
			.prepare(
				`INSERT INTO emails ( customer_id, event_id, kind, locale, to_address, subject, text, html, created_at, status, error )
				VALUES ( ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? )
				ON CONFLICT ( event_id, kind ) DO NOTHING`
			)
			.run(
				email.customerId,
				email.eventId,
				email.kind,
				email.locale,
				email.to,
				email.subject,
				email.text,
				email.html,
				email.createdAt,
				email.status,
				email.error ?? null
			);
		return info.changes === 0
			? null
			: this.find( Number( info.lastInsertRowid ) );
	}

	find( id: number ): Email | null {
		const row = this.db
			.prepare( 'SELECT * FROM emails WHERE id = ?' )
			.get( id ) as EmailRow | undefined;
		return row ? toEmail( row ) : null;
	}

	list( query: EmailQuery ): { items: Email[]; total: number } {
		const args: unknown[] = [];
		const where = equalities( { customer_id: query.customerId }, args );
		if ( query.statuses && query.statuses.length > 0 ) {
			where.push( inList( 'status', query.statuses, args ) );
		}
		if ( query.search ) {
			const pattern = containsPattern( query.search );
			where.push(
				"( to_address LIKE ? ESCAPE '\\' OR subject LIKE ? ESCAPE '\\' )"
			);
			args.push( pattern, pattern );
		}
		const clause = whereOf( where );
		const total = (
			this.db
				.prepare( `SELECT COUNT(*) AS n FROM emails ${ clause }` )
				.get( ...args ) as { n: number }
		 ).n;
		const rows = this.db
			.prepare(
				`SELECT * FROM emails ${ clause } ORDER BY id ${ query.order === 'asc' ? 'ASC' : 'DESC' } LIMIT ? OFFSET ?`
			)
			.all( ...args, query.limit, query.offset ) as EmailRow[];
		return { items: rows.map( toEmail ), total };
	}

	/**
	 * Claims up to `limit` queued e-mails due at `now` (real time) for `leaseUntil`, oldest first:
	 * each UPDATE takes a row only if no other sender holds it, so two instances never send one twice.
	 */
	claimDue( now: string, leaseUntil: string, limit: number ): Email[] {
		const ids = (
			this.db
				.prepare(
					`SELECT id FROM emails WHERE status = 'queued'
					AND ( next_attempt_at IS NULL OR next_attempt_at <= ? )
					AND ( claimed_until IS NULL OR claimed_until <= ? )
					ORDER BY id LIMIT ?`
				)
				.all( now, now, limit ) as { id: number }[]
		 ).map( ( row ) => row.id );
		const claim = this.db.prepare(
			`UPDATE emails SET claimed_until = ? WHERE id = ? AND status = 'queued'
			AND ( claimed_until IS NULL OR claimed_until <= ? )`
		);
		return ids
			.filter( ( id ) => claim.run( leaseUntil, id, now ).changes === 1 )
			.map( ( id ) => this.find( id ) as Email );
	}

	/** The SMTP server accepted it at `at` (real time). */
	markSent( id: number, at: string ): void {
		this.db
			.prepare(
				`UPDATE emails SET status = 'sent', attempts = attempts + 1, sent_at = ?, error = NULL,
				next_attempt_at = NULL, claimed_until = NULL WHERE id = ?`
			)
			.run( at, id );
	}

	/** An attempt failed: retried at `retryAt` (real time), or `failed` for good when null. */
	markAttemptFailed(
		id: number,
		error: string,
		retryAt: string | null
	): void {
		this.db
			.prepare(
				`UPDATE emails SET status = ?, attempts = attempts + 1, error = ?,
				next_attempt_at = ?, claimed_until = NULL WHERE id = ?`
			)
			.run( retryAt === null ? 'failed' : 'queued', error, retryAt, id );
	}
}
