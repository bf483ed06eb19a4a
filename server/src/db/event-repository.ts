import type { Db } from './connection';
import { equalities, inList, whereOf } from './list-sql';
import type {
	DomainEvent,
	EventObject,
	EventObjectType,
	EventType,
} from '../domain/event';

interface EventRow {
	id: number;
	type: EventType;
	created_at: string;
	object_type: EventObjectType;
	object_id: number;
	customer_id: number | null;
	data: string;
}

function toEvent( row: EventRow ): DomainEvent {
	return {
		id: row.id,
		type: row.type,
		createdAt: row.created_at,
		objectType: row.object_type,
		objectId: row.object_id,
		customerId: row.customer_id,
		data: JSON.parse( row.data ),
	};
}

/** Filters and page of the event collection (newest first unless `order` says asc). */
export interface EventQuery {
	types?: readonly EventType[];
	/** Only events with a greater id. */
	after?: number;
	objectType?: EventObjectType;
	objectId?: number;
	customerId?: number;
	order: 'asc' | 'desc';
	limit: number;
	offset: number;
}

/** What a change announces (RULES B2); the id and row come from the outbox. */
export interface NewEvent {
	type: EventType;
	createdAt: string;
	objectType: EventObjectType;
	object: EventObject;
	customerId: number | null;
	previous?: Record< string, unknown >;
}

/** The outbox: events are appended in the transaction of the change and never edited. */
export class EventRepository {
	constructor( private readonly db: Db ) {}

	append( event: NewEvent ): DomainEvent {
		const data = {
			object: event.object,
			...( event.previous ? { previous: event.previous } : {} ),
		};
		const info = this.db
			.prepare(
				'INSERT INTO events ( type, created_at, object_type, object_id, customer_id, data ) VALUES ( ?, ?, ?, ?, ?, ? )'
			)
			.run(
				event.type,
				event.createdAt,
				event.objectType,
				event.object.id,
				event.customerId,
				JSON.stringify( data )
			);
		return {
			id: Number( info.lastInsertRowid ),
			type: event.type,
			createdAt: event.createdAt,
			objectType: event.objectType,
			objectId: event.object.id,
			customerId: event.customerId,
			data,
		};
	}

	find( id: number ): DomainEvent | null {
		const row = this.db
			.prepare( 'SELECT * FROM events WHERE id = ?' )
			.get( id ) as EventRow | undefined;
		return row ? toEvent( row ) : null;
	}

	/** The id of the newest event (0 when there is none): a cursor's starting point. */
	lastId(): number {
		const row = this.db
			.prepare( 'SELECT MAX( id ) AS id FROM events' )
			.get() as { id: number | null };
		return row.id ?? 0;
	}

	/** Events after `afterId` in id order, at most `limit` (what a consumer reads next). */
	after( afterId: number, limit: number ): DomainEvent[] {
		return (
			this.db
				.prepare(
					'SELECT * FROM events WHERE id > ? ORDER BY id LIMIT ?'
				)
				.all( afterId, limit ) as EventRow[]
		 ).map( toEvent );
	}

	list( query: EventQuery ): { items: DomainEvent[]; total: number } {
		const args: unknown[] = [];
		const where: string[] = [];
		if ( query.types && query.types.length > 0 ) {
			where.push( inList( 'type', query.types, args ) );
		}
		if ( query.after !== undefined ) {
			where.push( 'id > ?' );
			args.push( query.after );
		}
		where.push(
			...equalities(
				{
					object_type: query.objectType,
					object_id: query.objectId,
					customer_id: query.customerId,
				},
				args
			)
		);
		const clause = whereOf( where );
		const total = (
			this.db
				.prepare( `SELECT COUNT(*) AS n FROM events ${ clause }` )
				.get( ...args ) as { n: number }
		 ).n;
		const rows = this.db
			.prepare(
				`SELECT * FROM events ${ clause } ORDER BY id ${ query.order === 'asc' ? 'ASC' : 'DESC' } LIMIT ? OFFSET ?`
			)
			.all( ...args, query.limit, query.offset ) as EventRow[];
		return { items: rows.map( toEvent ), total };
	}

	/** The id of the last event consumer `name` handled (0 before its first). */
	cursor( name: string ): number {
		const row = this.db
			.prepare( 'SELECT last_id FROM event_cursors WHERE name = ?' )
			.get( name ) as { last_id: number } | undefined;
		return row?.last_id ?? 0;
	}

	/** Records that consumer `name` handled every event up to `lastId`. */
	advanceCursor( name: string, lastId: number ): void {
		this.db
			.prepare(
				'INSERT INTO event_cursors ( name, last_id ) VALUES ( ?, ? ) ON CONFLICT ( name ) DO UPDATE SET last_id = excluded.last_id'
			)
			.run( name, lastId );
	}

	/** The object of the latest event about this object before event `beforeId` (its state before), or null. */
	previousObject(
		objectType: EventObjectType,
		objectId: number,
		beforeId: number
	): EventObject | null {
		const row = this.db
			.prepare(
				'SELECT data FROM events WHERE object_type = ? AND object_id = ? AND id < ? ORDER BY id DESC LIMIT 1'
			)
			.get( objectType, objectId, beforeId ) as
			{ data: string } | undefined;
		return row ? JSON.parse( row.data ).object : null;
	}
}
