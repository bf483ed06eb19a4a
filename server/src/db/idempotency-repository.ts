import type { StoredAnswer } from '../domain/stored-answer';
import type { Db } from './connection';
import { storeInstant } from './instants';

interface IdempotencyRow {
	request_hash: string;
	response_status: number;
	response_body: string;
}

/** Answers per (user, Idempotency-Key) (RULES Q3). */
export class IdempotencyRepository {
	constructor( private readonly db: Db ) {}

	find( userId: number, key: string ): StoredAnswer | null {
		const row = this.db
			.prepare(
				'SELECT request_hash, response_status, response_body FROM idempotency_keys WHERE user_id = ? AND idempotency_key = ?'
			)
			.get( userId, key ) as IdempotencyRow | undefined;
		return row
			? {
					requestHash: row.request_hash,
					status: row.response_status,
					body: JSON.parse( row.response_body ),
				}
			: null;
	}

	insert(
		userId: number,
		key: string,
		answer: StoredAnswer,
		now: string
	): void {
		this.db
			.prepare(
				'INSERT INTO idempotency_keys ( user_id, idempotency_key, request_hash, response_status, response_body, created_at ) VALUES ( ?, ?, ?, ?, ?, ? )'
			)
			.run(
				userId,
				key,
				answer.requestHash,
				answer.status,
				JSON.stringify( answer.body ),
				storeInstant( now )
			);
	}
}
