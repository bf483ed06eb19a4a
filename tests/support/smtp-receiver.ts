import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

/** A message as the test SMTP server received it, its MIME parts decoded. */
export interface ReceivedMail {
	from: string;
	to: string[];
	subject: string;
	headers: Record< string, string >;
	text: string;
	html: string;
	raw: string;
}

/** An SMTP server on 127.0.0.1 (a free port) that keeps what it receives. */
export interface SmtpReceiver {
	url: string;
	received: ReceivedMail[];
	/** Resolves with the next message received (or one already waiting). */
	next: () => Promise< ReceivedMail >;
	/** The next `count` messages are refused with a temporary error (451). */
	refuse: ( count: number ) => void;
	close: () => Promise< void >;
}

function decodeQuotedPrintable( body: string ): string {
	const bytes: number[] = [];
	const text = body.replace( /=\r?\n/g, '' );
	for ( let i = 0; i < text.length; i++ ) {
		if (
			text[ i ] === '=' &&
			/^[0-9A-F]{2}$/i.test( text.slice( i + 1, i + 3 ) )
		) {
			bytes.push( parseInt( text.slice( i + 1, i + 3 ), 16 ) );
			i += 2;
		} else {
			bytes.push( ...Buffer.from( text[ i ], 'utf8' ) );
		}
	}
	return Buffer.from( bytes ).toString( 'utf8' );
}

/** RFC 2047 encoded words (`=?UTF-8?Q?…?=`, `=?UTF-8?B?…?=`) in a header value. */
function decodeWords( value: string ): string {
	return value
		.replace( /\?=\s+=\?/g, '?==?' )
		.replace(
			/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi,
			( _m, _charset, encoding: string, data: string ) =>
				encoding.toUpperCase() === 'B'
					? Buffer.from( data, 'base64' ).toString( 'utf8' )
					: decodeQuotedPrintable( data.replace( /_/g, ' ' ) )
		);
}

function parseHeaders( head: string ): Record< string, string > {
	const headers: Record< string, string > = {};
	for ( const line of head.replace( /\r?\n[ \t]+/g, ' ' ).split( /\r?\n/ ) ) {
		const colon = line.indexOf( ':' );
		if ( colon > 0 ) {
			headers[ line.slice( 0, colon ).trim().toLowerCase() ] =
				decodeWords( line.slice( colon + 1 ).trim() );
		}
	}
	return headers;
}

function splitEntity( raw: string ): {
	headers: Record< string, string >;
	body: string;
} {
	const at = raw.search( /\r?\n\r?\n/ );
	const gap = raw.slice( at ).startsWith( '\r\n\r\n' ) ? 4 : 2;
	return {
		headers: parseHeaders( raw.slice( 0, at ) ),
		body: raw.slice( at + gap ),
	};
}

function decodeBody( headers: Record< string, string >, body: string ): string {
	const encoding = (
		headers[ 'content-transfer-encoding' ] ?? ''
	).toLowerCase();
	if ( encoding === 'base64' ) {
		return Buffer.from( body.replace( /\s+/g, '' ), 'base64' ).toString(
			'utf8'
		);
	}
	return encoding === 'quoted-printable'
		? decodeQuotedPrintable( body )
		: body;
}

/** The text/plain and text/html parts of a message (one level of multipart, as nodemailer writes it). */
function parseMessage(
	raw: string
): Omit< ReceivedMail, 'from' | 'to' | 'raw' > {
	const { headers, body } = splitEntity( raw );
	const parts: { type: string; content: string }[] = [];
	const boundary = /boundary="?([^";]+)"?/i.exec(
		headers[ 'content-type' ] ?? ''
	)?.[ 1 ];
	if ( boundary ) {
		for ( const chunk of body.split( `--${ boundary }` ).slice( 1 ) ) {
			if ( chunk.startsWith( '--' ) ) {
				break;
			}
			const part = splitEntity( chunk.replace( /^\r?\n/, '' ) );
			parts.push( {
				type: ( part.headers[ 'content-type' ] ?? '' ).split(
					';'
				)[ 0 ],
				content: decodeBody(
					part.headers,
					part.body.replace( /\r?\n$/, '' )
				),
			} );
		}
	} else {
		parts.push( {
			type: ( headers[ 'content-type' ] ?? '' ).split( ';' )[ 0 ],
			content: decodeBody( headers, body ),
		} );
	}
	return {
		subject: headers.subject ?? '',
		headers,
		text:
			parts
				.find( ( p ) => p.type === 'text/plain' )
				?.content.replace( /\r\n/g, '\n' ) ?? '',
		html: parts.find( ( p ) => p.type === 'text/html' )?.content ?? '',
	};
}

/** Starts the receiver; `close()` it after the test. */
export async function startSmtpReceiver(): Promise< SmtpReceiver > {
	const received: ReceivedMail[] = [];
	const waiting: ( ( mail: ReceivedMail ) => void )[] = [];
	let refusals = 0;
	let taken = 0;
	const server = new SMTPServer( {
		authOptional: true,
		disabledCommands: [ 'AUTH', 'STARTTLS' ],
		logger: false,
		onData( stream, session, callback ) {
			const chunks: Buffer[] = [];
			stream.on( 'data', ( chunk: Buffer ) => chunks.push( chunk ) );
			stream.on( 'end', () => {
				if ( refusals > 0 ) {
					refusals--;
					const error = new Error( 'Try again later' ) as Error & {
						responseCode: number;
					};
					error.responseCode = 451;
					callback( error );
					return;
				}
				const raw = Buffer.concat( chunks ).toString( 'utf8' );
				const mail: ReceivedMail = {
					from: session.envelope.mailFrom
						? session.envelope.mailFrom.address
						: '',
					to: session.envelope.rcptTo.map( ( r ) => r.address ),
					raw,
					...parseMessage( raw ),
				};
				received.push( mail );
				waiting.shift()?.( mail );
				callback();
			} );
		},
	} );
	await new Promise< void >( ( resolve ) =>
		server.listen( 0, '127.0.0.1', resolve )
	);
	const { port } = server.server.address() as AddressInfo;
	return {
		url: `smtp://127.0.0.1:${ port }`,
		received,
		next: () => {
			const ready = received[ taken ];
			taken++;
			return ready
				? Promise.resolve( ready )
				: new Promise( ( resolve ) => waiting.push( resolve ) );
		},
		refuse: ( count ) => {
			refusals = count;
		},
		close: () =>
			new Promise( ( resolve ) => server.close( () => resolve() ) ),
	};
}
