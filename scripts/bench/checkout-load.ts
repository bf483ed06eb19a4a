// (e) Checkout throughput: open quotes for distinct memberships, then pay them all as fast as
// 4 connections can, each checkout with a test card (one charge, one payment, the change applied).
import { figures, load, startServer, type LoadFigures } from './load';
import { CONNECTIONS, NOW, log } from './settings';

/** What the checkout load measured: throughput over every checkout, and how many were paid. */
export interface CheckoutFigures extends LoadFigures {
	quoted: number;
	paid: number;
}

/**
 * Quotes `count` memberships (ids 1…count, "+ Unlimited Visits", an add-on paid now), then
 * sends the `count` checkouts at once over `CONNECTIONS` connections and counts 200 answers.
 */
export async function checkoutThroughput(
	file: string,
	admin: string,
	visitsAddon: number,
	count: number
): Promise< CheckoutFigures > {
	const app = await startServer( [ 'app', file, NOW ] );
	const headers = {
		'content-type': 'application/json',
		authorization: admin,
	};
	try {
		const quotes: string[] = [];
		for ( let id = 1; quotes.length < count && id <= count * 2; id++ ) {
			const response = await fetch(
				`${ app.url }/wp-json/wu/v2/memberships/${ id }/quote`,
				{
					method: 'POST',
					headers,
					body: JSON.stringify( {
						addons: [ { product_id: visitsAddon, quantity: 1 } ],
					} ),
				}
			);
			const body = ( await response.json() ) as {
				id?: string;
				due_now?: number;
			};
			if ( response.ok && body.id && ( body.due_now ?? 0 ) > 0 ) {
				quotes.push(
					`${ id }:${ body.id }` // membership and its open quote
				);
			}
		}
		log( `… ${ quotes.length } quotes open; paying them …` );
		let next = 0;
		const result = await load( {
			url: app.url,
			connections: CONNECTIONS,
			amount: quotes.length,
			requests: [
				{
					method: 'POST',
					headers,
					setupRequest: ( r: object ) => {
						const [ membership, quote ] =
							quotes[ next++ % quotes.length ].split( ':' );
						return {
							...r,
							path: `/wp-json/wu/v2/memberships/${ membership }/checkout`,
							body: JSON.stringify( {
								quote_id: quote,
								payment_method: {
									type: 'test_card',
									number: '4242424242424242',
								},
							} ),
						};
					},
				},
			],
		} );
		const measured = figures( result );
		return {
			...measured,
			requestsPerSecond: result.requests.total / result.duration,
			quoted: quotes.length,
			paid: result[ '2xx' ],
		};
	} finally {
		await app.stop();
	}
}

const int = ( n: number ) => Math.round( n ).toLocaleString( 'en-US' );
const yes = ( ok: boolean ) => ( ok ? 'met' : '**missed**' );

/** (e) The checkout row: payments a second over every checkout sent, and that each was paid once. */
export function checkoutRows( c: CheckoutFigures | undefined ): string[][] {
	if ( ! c ) {
		return [];
	}
	return [
		[
			`(e) POST /memberships/{id}/checkout of ${ int( c.quoted ) } open quotes (an add-on paid by test card), ${ c.seconds } s`,
			`${ int( c.requestsPerSecond ) }/s; p50 ${ c.p50.toFixed( 2 ) } ms / p99 ${ c.p99.toFixed( 2 ) } ms; ${ int( c.paid ) } paid, ${ c.non2xx } refused, ${ c.errors } errors`,
			'≥ 1,000/s, every quote paid once',
			yes( c.requestsPerSecond >= 1000 && c.paid === c.quoted ),
		],
	];
}
