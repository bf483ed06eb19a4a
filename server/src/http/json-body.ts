import express, { type RequestHandler } from 'express';

/** The deepest nesting of objects and arrays a request body may have: deeper ones are refused before parsing. */
export const MAX_JSON_DEPTH = 32;

/**
 * True when the JSON text (or its UTF-8 bytes) nests objects and arrays deeper than `max`, read
 * in one pass (brackets inside strings do not count), so that no parser, clone or walk ever
 * recurses through a hostile body (tests/server/http/trust.test.ts). The bytes looked at are
 * ASCII, which never occur inside a multi-byte UTF-8 character.
 */
export function nestsDeeperThan(
	text: string | Uint8Array,
	max: number
): boolean {
	const at =
		typeof text === 'string'
			? ( i: number ) => text.charCodeAt( i )
			: ( i: number ) => text[ i ];
	let depth = 0;
	let inString = false;
	for ( let i = 0; i < text.length; i++ ) {
		const c = at( i );
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

/** Refuses a body nested deeper than `MAX_JSON_DEPTH` before it is parsed (400 `entity.too.deep`). */
function verifyDepth( _req: unknown, _res: unknown, buffer: Buffer ): void {
	if ( nestsDeeperThan( buffer, MAX_JSON_DEPTH ) ) {
		throw Object.assign( new Error( 'the JSON body nests too deeply' ), {
			type: 'entity.too.deep',
			status: 400,
		} );
	}
}

/** express.json as this API reads bodies: an object or array, UTF-8, never compressed, depth-checked. */
function reader( limit: number ): RequestHandler {
	return express.json( {
		limit,
		strict: true,
		inflate: false,
		verify: verifyDepth,
	} );
}

/**
 * JSON request bodies through `express.json`, 4 MB on `/wu/v2/visits` (batches of up to 10,000
 * visits) and 1 MB elsewhere. Failures carry body-parser's `type`, which `toRestError` turns
 * into WordPress errors: `entity.parse.failed` and `entity.too.deep` 400 `rest_invalid_json`,
 * `entity.too.large` 413, `charset.unsupported` / `encoding.unsupported` 415.
 */
export function jsonBody(): RequestHandler {
	const visits = reader( 4 * 1024 * 1024 );
	const other = reader( 1024 * 1024 );
	return ( req, res, next ) =>
		( req.path.toLowerCase().startsWith( '/wu/v2/visits' )
			? visits
			: other )( req, res, next );
}
