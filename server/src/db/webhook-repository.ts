import type { Db } from './connection';
import type { EventType } from '../domain/event';
import type {
	DeliveryStatus,
	Webhook,
	WebhookDelivery,
} from '../domain/webhook';

interface WebhookRow {
	id: number;
	url: string;
	events: string;
	active: number;
	secret: string;
	after_event_id: number;
	created_at: string;
	updated_at: string;
}

interface DeliveryRow {
	id: number;
	webhook_id: number;
	event_id: number;
	event_type: EventType;
	attempt: number;
	retry: number;
	status: DeliveryStatus;
	response_code: number | null;
	error: string | null;
	next_attempt_at: string;
	at: string;
}

function toWebhook( row: WebhookRow ): Webhook {
	return {
		id: row.id,
		url: row.url,
		events: JSON.parse( row.events ) as EventType[] | [ '*' ],
		active: row.active === 1,
		secret: row.secret,
		afterEventId: row.after_event_id,
		createdAt: row.created_at,
		updatedAt: row.updated_at,
	};
}

function toDelivery( row: DeliveryRow ): WebhookDelivery {
	return {
		id: row.id,
		webhookId: row.webhook_id,
		eventId: row.event_id,
		eventType: row.event_type,
		attempt: row.attempt,
		retry: row.retry,
		status: row.status,
		responseCode: row.response_code,
		error: row.error,
		nextAttemptAt: row.next_attempt_at,
		at: row.at,
	};
}

const DELIVERY =
	'SELECT d.*, e.type AS event_type FROM webhook_deliveries d JOIN events e ON e.id = d.event_id';

/** A page of a list: newest or oldest first. */
export interface PageQuery {
	order: 'asc' | 'desc';
	limit: number;
	offset: number;
}

/** What an attempt's answer records. */
export interface DeliveryResult {
	status: 'succeeded' | 'failed';
	responseCode: number | null;
	error: string | null;
	at: string;
}

/** Webhook endpoints and their delivery log (migration 0009). */
export class WebhookRepository {
	constructor( private readonly db: Db ) {}

	all(): Webhook[] {
		return (
			this.db
				.prepare( 'SELECT * FROM webhooks ORDER BY id' )
				.all() as WebhookRow[]
		 ).map( toWebhook );
	}

	list( query: PageQuery ): { items: Webhook[]; total: number } {
		const total = (
			this.db.prepare( 'SELECT COUNT(*) AS n FROM webhooks' ).get() as {
				n: number;
			}
		 ).n;
		const rows = this.db
			.prepare(
				`SELECT * FROM webhooks ORDER BY id ${ query.order === 'asc' ? 'ASC' : 'DESC' } LIMIT ? OFFSET ?`
			)
			.all( query.limit, query.offset ) as WebhookRow[];
		return { items: rows.map( toWebhook ), total };
	}

	find( id: number ): Webhook | null {
		const row = this.db
			.prepare( 'SELECT * FROM webhooks WHERE id = ?' )
			.get( id ) as WebhookRow | undefined;
		return row ? toWebhook( row ) : null;
	}

	insert( webhook: Omit< Webhook, 'id' > ): Webhook {
		const info = this.db
			.prepare(
				'INSERT INTO webhooks ( url, events, active, secret, after_event_id, created_at, updated_at ) VALUES ( ?, ?, ?, ?, ?, ?, ? )'
			)
			.run(
				webhook.url,
				JSON.stringify( webhook.events ),
				webhook.active ? 1 : 0,
				webhook.secret,
				webhook.afterEventId,
				webhook.createdAt,
				webhook.updatedAt
			);
		return this.find( Number( info.lastInsertRowid ) ) as Webhook;
	}

	update( webhook: Webhook ): void {
		this.db
			.prepare(
				'UPDATE webhooks SET url = ?, events = ?, active = ?, updated_at = ? WHERE id = ?'
			)
			.run(
				webhook.url,
				JSON.stringify( webhook.events ),
				webhook.active ? 1 : 0,
				webhook.updatedAt,
				webhook.id
			);
	}

	/** Removes the endpoint with its delivery log. */
	delete( id: number ): void {
		this.db
			.prepare( 'DELETE FROM webhook_deliveries WHERE webhook_id = ?' )
			.run( id );
		this.db.prepare( 'DELETE FROM webhooks WHERE id = ?' ).run( id );
	}

	/** Queues attempt `attempt` of sending event `eventId` to webhook `webhookId`, due at `nextAttemptAt`. */
	addDelivery(
		delivery: Pick<
			WebhookDelivery,
			| 'webhookId'
			| 'eventId'
			| 'attempt'
			| 'retry'
			| 'nextAttemptAt'
			| 'at'
		>
	): WebhookDelivery {
		const info = this.db
			.prepare(
				"INSERT INTO webhook_deliveries ( webhook_id, event_id, attempt, retry, status, next_attempt_at, at ) VALUES ( ?, ?, ?, ?, 'pending', ?, ? )"
			)
			.run(
				delivery.webhookId,
				delivery.eventId,
				delivery.attempt,
				delivery.retry,
				delivery.nextAttemptAt,
				delivery.at
			);
		return this.findDelivery(
			Number( info.lastInsertRowid )
		) as WebhookDelivery;
	}

	findDelivery( id: number ): WebhookDelivery | null {
		const row = this.db
			.prepare( `${ DELIVERY } WHERE d.id = ?` )
			.get( id ) as DeliveryRow | undefined;
		return row ? toDelivery( row ) : null;
	}

	deliveries(
		webhookId: number,
		query: PageQuery
	): { items: WebhookDelivery[]; total: number } {
		const total = (
			this.db
				.prepare(
					'SELECT COUNT(*) AS n FROM webhook_deliveries WHERE webhook_id = ?'
				)
				.get( webhookId ) as { n: number }
		 ).n;
		const rows = this.db
			.prepare(
				`${ DELIVERY } WHERE d.webhook_id = ? ORDER BY d.id ${ query.order === 'asc' ? 'ASC' : 'DESC' } LIMIT ? OFFSET ?`
			)
			.all( webhookId, query.limit, query.offset ) as DeliveryRow[];
		return { items: rows.map( toDelivery ), total };
	}

	/** The highest attempt number of sending event `eventId` to webhook `webhookId` (0: none). */
	lastAttempt( webhookId: number, eventId: number ): number {
		const row = this.db
			.prepare(
				'SELECT MAX( attempt ) AS n FROM webhook_deliveries WHERE webhook_id = ? AND event_id = ?'
			)
			.get( webhookId, eventId ) as { n: number | null };
		return row.n ?? 0;
	}

	/** Whether an attempt of event `eventId` to webhook `webhookId` is waiting to be sent. */
	hasPending( webhookId: number, eventId: number ): boolean {
		return (
			this.db
				.prepare(
					"SELECT 1 FROM webhook_deliveries WHERE webhook_id = ? AND event_id = ? AND status = 'pending'"
				)
				.get( webhookId, eventId ) !== undefined
		);
	}

	/**
	 * Claims one due delivery for `claimer` until `leaseUntil`, in ONE statement (so that of
	 * several instances, or on PostgreSQL under READ COMMITTED, one wins; the loser's re-check of
	 * `claimed_until` finds the lease taken): the head of an active endpoint's queue (its pending
	 * attempt of the lowest event id), when due and not held by a live lease. Null: nothing due.
	 */
	claimNext(
		now: string,
		leaseUntil: string,
		claimer: string
	): WebhookDelivery | null {
		const row = this.db
			.prepare(
				`UPDATE webhook_deliveries SET claimed_until = @leaseUntil, claimed_by = @claimer
				WHERE id = (
					SELECT d.id FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id
					WHERE d.status = 'pending' AND w.active = 1 AND d.next_attempt_at <= @now
						AND ( d.claimed_until IS NULL OR d.claimed_until <= @now )
						AND NOT EXISTS (
							SELECT 1 FROM webhook_deliveries e
							WHERE e.webhook_id = d.webhook_id AND e.status = 'pending'
								AND ( e.event_id < d.event_id OR ( e.event_id = d.event_id AND e.id < d.id ) )
						)
					ORDER BY d.next_attempt_at, d.id LIMIT 1
				)
				AND status = 'pending' AND ( claimed_until IS NULL OR claimed_until <= @now )
				RETURNING id`
			)
			.get( { now, leaseUntil, claimer } ) as { id: number } | undefined;
		return row ? this.findDelivery( row.id ) : null;
	}

	/** Records the answer of a claimed attempt; false when `claimer` no longer holds it (its lease ran out and another took it). */
	finish( id: number, claimer: string, result: DeliveryResult ): boolean {
		const info = this.db
			.prepare(
				`UPDATE webhook_deliveries SET status = ?, response_code = ?, error = ?, at = ?, claimed_until = NULL
				WHERE id = ? AND claimed_by = ? AND status = 'pending'`
			)
			.run(
				result.status,
				result.responseCode,
				result.error,
				result.at,
				id,
				claimer
			);
		return info.changes === 1;
	}
}
