import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the receiver got: its headers and raw body. */
export interface Received {
	headers: http.IncomingHttpHeaders;
	body: string;
}

/** A webhook endpoint on 127.0.0.1 (port 0) that answers `statuses` in turn, then 200. */
export interface Receiver {
	url: string;
	received: Received[];
	close: () => Promise< void >;
}

export async function startReceiver(
	statuses: number[] = []
): Promise< Receiver > {
	const received: Received[] = [];
	const answers = [ ...statuses ];
	const server = http.createServer( ( req, res ) => {
		const chunks: Buffer[] = [];
		req.on( 'data', ( chunk: Buffer ) => chunks.push( chunk ) );
		req.on( 'end', () => {
			received.push( {
				headers: req.headers,
				body: Buffer.concat( chunks ).toString( 'utf8' ),
			} );
			res.statusCode = answers.shift() ?? 200;
			res.end( 'ok' );
		} );
	} );
	await new Promise< void >( ( resolve ) =>
		server.listen( 0, '127.0.0.1', resolve )
	);
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${ port }/hook`,
		received,
		close: () =>
			new Promise( ( resolve ) => {
				server.closeAllConnections();
				server.close( () => resolve() );
			} ),
	};
}

/** The receiver's check of `X-WU-Signature` (docs/events.md): true when it matches the body. */
export function verifySignature(
	header: string,
	rawBody: string,
	secret: string,
	toleranceSeconds = 300,
	nowSeconds = Math.floor( Date.now() / 1000 )
): boolean {
	const parts = Object.fromEntries(
		header.split( ',' ).map( ( kv ) => kv.split( '=' ) )
	);
	const expected = crypto
		.createHmac( 'sha256', secret )
		.update( `${ parts.t }.${ rawBody }` )
		.digest( 'hex' );
	return (
		Math.abs( nowSeconds - Number( parts.t ) ) <= toleranceSeconds &&
		String( parts.v1 ).length === expected.length &&
		crypto.timingSafeEqual(
			Buffer.from( expected ),
			Buffer.from( parts.v1 ?? '' )
		)
	);
}
