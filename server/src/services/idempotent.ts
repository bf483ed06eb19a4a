import crypto from 'node:crypto';
import { __ } from '../i18n';
import { DomainError } from '../domain/errors';
import { billingNow, type BillingDeps } from './billing-deps';

/** An answer that may have been given before for the same Idempotency-Key. */
export interface IdempotentAnswer {
	status: number;
	body: unknown;
	replayed: boolean;
}

/** Who asked with which key, and a digest of what they asked (route, body). */
export interface IdempotencyRequest {
	userId: number;
	key: string | undefined;
	requestFingerprint: string;
}

/**
 * Runs `work` once per (user, Idempotency-Key) in the caller's transaction (RULES Q3, X3): the
 * same key with the same request answers the stored answer again without doing anything; with
 * another request it is refused (409 wu_idempotency_key_reused). Only success is stored.
 */
export function onceByKey(
	deps: Pick< BillingDeps, 'idempotency' | 'clock' >,
	request: IdempotencyRequest,
	work: () => unknown
): IdempotentAnswer {
	const fingerprint = crypto
		.createHash( 'sha256' )
		.update( request.requestFingerprint )
		.digest( 'hex' );
	const { key, userId } = request;
	if ( key !== undefined ) {
		const previous = deps.idempotency.find( userId, key );
		if ( previous ) {
			if ( previous.requestHash !== fingerprint ) {
				throw new DomainError(
					'conflict',
					'wu_idempotency_key_reused',
					__(
						'This Idempotency-Key was already used for another request.',
						'wu-plan-change'
					)
				);
			}
			return {
				status: previous.status,
				body: previous.body,
				replayed: true,
			};
		}
	}
	const body = work();
	if ( key !== undefined ) {
		deps.idempotency.insert(
			userId,
			key,
			{ requestHash: fingerprint, status: 200, body },
			billingNow( deps )
		);
	}
	return { status: 200, body, replayed: false };
}
