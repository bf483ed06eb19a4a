import { __, sprintf } from '../i18n';
import { MAX_JSON_DEPTH } from './json-body';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { DomainError, type ErrorKind } from '../domain/errors';

/** The one table from failure kinds to HTTP statuses. */
export const STATUS_BY_KIND: Record< ErrorKind, number > = {
	invalid: 400,
	unauthenticated: 401,
	payment: 402,
	forbidden: 403,
	not_found: 404,
	conflict: 409,
	too_large: 413,
	unprocessable: 422,
	too_many_requests: 429,
};

/** The WordPress REST error body. */
export interface RestErrorBody {
	code: string;
	message: string;
	data: { status: number } & Record< string, unknown >;
}

/** Turns any thrown value into a status and a WordPress error body; never leaks a stack. */
export function toRestError( error: unknown ): RestErrorBody {
	if ( error instanceof DomainError ) {
		const status = STATUS_BY_KIND[ error.kind ];
		return {
			code: error.code,
			message: error.message,
			data: { ...error.data, status },
		};
	}
	const parserError = error as { type?: string; status?: number };
	if ( parserError?.type === 'entity.parse.failed' ) {
		return {
			code: 'rest_invalid_json',
			message: __(
				'The request body is not valid JSON.',
				'wu-plan-change'
			),
			data: { status: 400 },
		};
	}
	if ( parserError?.type === 'entity.too.deep' ) {
		return {
			code: 'rest_invalid_json',
			message: sprintf(
				/* translators: %d: the deepest nesting allowed */ __(
					'The request body nests objects or arrays more than %d levels deep.',
					'wu-plan-change'
				),
				MAX_JSON_DEPTH
			),
			data: { status: 400 },
		};
	}
	if ( parserError?.type === 'entity.too.large' ) {
		return {
			code: 'rest_request_too_large',
			message: __( 'The request body is too large.', 'wu-plan-change' ),
			data: { status: 413 },
		};
	}
	if ( parserError?.type && parserError.status && parserError.status < 500 ) {
		return {
			code: 'rest_invalid_request',
			message: __( 'The request could not be read.', 'wu-plan-change' ),
			data: { status: parserError.status },
		};
	}
	return {
		code: 'internal_server_error',
		message: __( 'An unexpected error occurred.', 'wu-plan-change' ),
		data: { status: 500 },
	};
}

/** Express error handler writing the WordPress error body; logs 500s without request secrets. */
export function errorHandler(
	log: ( message: string ) => void
): ErrorRequestHandler {
	return ( error, req, res, next ) => {
		if ( res.headersSent ) {
			next( error );
			return;
		}
		const body = toRestError( error );
		if ( body.data.status >= 500 ) {
			log(
				`${ req.method } ${ req.path } failed: ${ error instanceof Error ? error.stack : String( error ) }`
			);
		}
		if ( typeof body.data.retry_after === 'number' ) {
			res.set( 'Retry-After', String( body.data.retry_after ) );
		}
		res.status( body.data.status ).json( body );
	};
}

/** The answer for a path under /wp-json that no route matches. */
export const noRoute: RequestHandler = ( req, res ) => {
	res.status( 404 ).json( {
		code: 'rest_no_route',
		message: __(
			'No route was found matching the URL and request method.',
			'wu-plan-change'
		),
		data: { status: 404 },
	} );
};
