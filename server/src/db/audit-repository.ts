import type { Db } from './connection';
import { equalities, whereOf } from './list-sql';
import type { AuditActor, AuditEntry, AuditObjectType } from '../domain/audit';

interface AuditRow {
	id: number;
	at: string;
	actor_id: number | null;
	actor_username: string | null;
	action: string;
	object_type: AuditObjectType;
	object_id: number;
	before: string | null;
	after: string | null;
	event_id: number | null;
}

function toEntry( row: AuditRow ): AuditEntry {
	return {
		id: row.id,
		at: row.at,
		actor:
			row.actor_id === null
				? null
				: { id: row.actor_id, username: row.actor_username ?? '' },
		action: row.action,
		objectType: row.object_type,
		objectId: row.object_id,
		before: row.before === null ? null : JSON.parse( row.before ),
		after: row.after === null ? null : JSON.parse( row.after ),
		eventId: row.event_id,
	};
}

/** Filters and page of the audit log, newest first. */
export interface AuditQuery {
	objectType?: AuditObjectType;
	objectId?: number;
	actorId?: number;
	limit: number;
	offset: number;
}

/** The audit log: appended in the transaction of each change, never edited. */
export class AuditRepository {
	constructor( private readonly db: Db ) {}

	append( entry: Omit< AuditEntry, 'id' > & { actor: AuditActor } ): void {
		this.db
			.prepare(
				'INSERT INTO audit_log ( at, actor_id, actor_username, action, object_type, object_id, before, after, event_id ) VALUES ( ?, ?, ?, ?, ?, ?, ?, ?, ? )'
			)
			.run(
				entry.at,
				entry.actor?.id ?? null,
				entry.actor?.username ?? null,
				entry.action,
				entry.objectType,
				entry.objectId,
				entry.before === null ? null : JSON.stringify( entry.before ),
				entry.after === null ? null : JSON.stringify( entry.after ),
				entry.eventId
			);
	}

	list( query: AuditQuery ): { items: AuditEntry[]; total: number } {
		const args: unknown[] = [];
		const clause = whereOf(
			equalities(
				{
					object_type: query.objectType,
					object_id: query.objectId,
					actor_id: query.actorId,
				},
				args
			)
		);
		const total = (
			this.db
				.prepare( `SELECT COUNT(*) AS n FROM audit_log ${ clause }` )
				.get( ...args ) as { n: number }
		 ).n;
		const rows = this.db
			.prepare(
				`SELECT * FROM audit_log ${ clause } ORDER BY id DESC LIMIT ? OFFSET ?`
			)
			.all( ...args, query.limit, query.offset ) as AuditRow[];
		return { items: rows.map( toEntry ), total };
	}
}
