import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';

/** A body failure, in the shape `toRestError` reads (`type`, `status`), as body-parser names them. */
function bodyError( type: string, status: number, message: string ): Error {
	return Object.assign( new Error( message ), {
		type,
		status,
		expose: true,
	} );
}

/** Whether the request carries a body at all (a length, even 0, or a chunked encoding), as `type-is` decides. */
function hasBody( req: IncomingMessage ): boolean {
	return (
		req.headers[ 'transfer-encoding' ] !== undefined ||
		( req.headers[ 'content-length' ] !== undefined &&
			! Number.isNaN( Number( req.headers[ 'content-length' ] ) ) )
	);
}

/** `application/json` and `application/*+json`, parameters aside. */
function isJson( contentType: string ): boolean {
	const semicolon = contentType.indexOf( ';' );
	const type = (
		semicolon < 0 ? contentType : contentType.slice( 0, semicolon )
	)
		.trim()
		.toLowerCase();
	return (
		type === 'application/json' ||
		( type.startsWith( 'application/' ) && type.endsWith( '+json' ) )
	);
}

/** The `charset` parameter of a content type, lower-cased, or null. */
function charsetOf( contentType: string ): string | null {
	const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec( contentType );
	return match ? match[ 1 ].toLowerCase() : null;
}

/** The deepest nesting of objects and arrays a request body may have: deeper ones are refused before parsing. */
export const MAX_JSON_DEPTH = 32;

/**
 * True when the JSON text nests objects and arrays deeper than `max`, read in one pass over the
 * text (brackets inside strings do not count), so that no parser, clone or walk ever recurses
 * through a hostile body (tests/server/http/trust.test.ts).
 */
export function nestsDeeperThan( text: string, max: number ): boolean {
	let depth = 0;
	let inString = false;
	for ( let i = 0; i < text.length; i++ ) {
		const c = text.charCodeAt( i );
		if ( inString ) {
			if ( c === 92 /* \\ */ ) {
				i++;
			} else if ( c === 34 /* " */ ) {
				inString = false;
			}
		} else if ( c === 34 ) {
			inString = true;
		} else if ( c === 123 /* { */ || c === 91 /* [ */ ) {
			if ( ++depth > max ) {
				return true;
			}
		} else if ( c === 125 /* } */ || c === 93 /* ] */ ) {
			depth--;
		}
	}
	return false;
}

/**
 * Reads a JSON request body into `req.body`, with the answers of `express.json()` as this API
 * uses it: only JSON content types (others leave `req.body` unset), UTF-8 only (415
 * `charset.unsupported`; express.json would try other `utf-*` and fail to parse), no content
 * encoding (415 `encoding.unsupported`: this API's clients never compress a request), at most `limitOf(path)`
 * bytes (413 `entity.too.large`, refused from Content-Length before reading), an object or array
 * only, nested at most `MAX_JSON_DEPTH` deep (else 400 `entity.too.deep`), and an empty body as `{}` (else 400 `entity.parse.failed`, whitespace alone included). Written for this API because
 * body-parser's generality was a measurable share of a quote (docs/benchmarks.md).
 */
export function jsonBody(
	limitOf: ( path: string ) => number
): RequestHandler {
	return ( req, _res, next ) => {
		const contentType = req.headers[ 'content-type' ];
		if (
			! hasBody( req ) ||
			contentType === undefined ||
			! isJson( contentType )
		) {
			next();
			return;
		}
		const charset = charsetOf( contentType );
		if ( charset !== null && charset !== 'utf-8' ) {
			req.resume();
			next(
				bodyError(
					'charset.unsupported',
					415,
					`unsupported charset "${ charset.toUpperCase() }"`
				)
			);
			return;
		}
		const encoding = (
			req.headers[ 'content-encoding' ] ?? 'identity'
		).toLowerCase();
		if ( encoding !== 'identity' ) {
			req.resume();
			next(
				bodyError(
					'encoding.unsupported',
					415,
					`unsupported content encoding "${ encoding }"`
				)
			);
			return;
		}
		const limit = limitOf( req.path );
		if ( Number( req.headers[ 'content-length' ] ?? 0 ) > limit ) {
			req.resume();
			next(
				bodyError( 'entity.too.large', 413, 'request entity too large' )
			);
			return;
		}
		const chunks: Buffer[] = [];
		let received = 0;
		let settled = false;
		const settle = ( error?: Error ) => {
			if ( settled ) {
				return;
			}
			settled = true;
			req.removeListener( 'data', onData );
			req.removeListener( 'end', onEnd );
			req.removeListener( 'error', onError );
			if ( error ) {
				req.resume();
			}
			next( error );
		};
		const onData = ( chunk: Buffer ) => {
			received += chunk.length;
			if ( received > limit ) {
				settle(
					bodyError(
						'entity.too.large',
						413,
						'request entity too large'
					)
				);
				return;
			}
			chunks.push( chunk );
		};
		const onEnd = () => {
			let text = (
				chunks.length === 1 ? chunks[ 0 ] : Buffer.concat( chunks )
			).toString( 'utf8' );
			if ( text.charCodeAt( 0 ) === 0xfeff ) {
				text = text.slice( 1 );
			}
			if ( text.length === 0 ) {
				req.body = {};
				settle();
				return;
			}
			const first = /\S/.exec( text )?.[ 0 ];
			if ( first !== '{' && first !== '[' ) {
				settle(
					bodyError(
						'entity.parse.failed',
						400,
						'the JSON body must be an object or an array'
					)
				);
				return;
			}
			if ( nestsDeeperThan( text, MAX_JSON_DEPTH ) ) {
				settle(
					bodyError(
						'entity.too.deep',
						400,
						'the JSON body nests too deeply'
					)
				);
				return;
			}
			try {
				req.body = JSON.parse( text );
			} catch ( error ) {
				settle(
					bodyError(
						'entity.parse.failed',
						400,
						( error as Error ).message
					)
				);
				return;
			}
			settle();
		};
		const onError = ( error: Error ) =>
			settle( bodyError( 'request.aborted', 400, error.message ) );
		req.on( 'data', onData );
		req.on( 'end', onEnd );
		req.on( 'error', onError );
	};
}
