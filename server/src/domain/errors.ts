import { __, sprintf } from '../i18n';

/**
 * The kinds of failure the domain and services report. The HTTP layer maps each
 * kind to a status in one table (server/src/http/errors.ts); the code is the
 * stable `wu_…` / `rest_…` identifier that clients see.
 */
export type ErrorKind =
	| 'invalid' // 400: malformed input
	| 'unauthenticated' // 401
	| 'payment' // 402: card declined
	| 'forbidden' // 403
	| 'not_found' // 404
	| 'conflict' // 409: stale quote, version mismatch, duplicate
	| 'too_large' // 413
	| 'unprocessable' // 422: a rule refuses the change
	| 'too_many_requests'; // 429: throttled (failed logins)

export class DomainError extends Error {
	readonly kind: ErrorKind;
	readonly code: string;
	readonly data: Record< string, unknown >;

	constructor(
		kind: ErrorKind,
		code: string,
		message: string,
		data: Record< string, unknown > = {}
	) {
		super( message );
		this.name = 'DomainError';
		this.kind = kind;
		this.code = code;
		this.data = data;
	}
}

/**
 * The standard `rest_invalid_param` error: "Invalid parameter(s): a, b" naming each field of
 * `params`, with `data.params` holding the translated reason of each field.
 */
export function invalidParams( params: Record< string, string > ): DomainError {
	return new DomainError(
		'invalid',
		'rest_invalid_param',
		sprintf(
			/* translators: %s: field names, comma-separated */ __(
				'Invalid parameter(s): %s',
				'wu-plan-change'
			),
			Object.keys( params ).join( ', ' )
		),
		{ params: { ...params } }
	);
}

/** True when `error` is a DomainError (also across module copies). */
export function isDomainError( error: unknown ): error is DomainError {
	return error instanceof DomainError;
}
