// (e) Checkout throughput: open quotes for distinct memberships, then pay them as fast as
// 4 parallel connections can, each checkout with a test card (one charge, one payment, the change applied).
import { startServer, type LoadFigures } from './load';
import { CONNECTIONS, NOW, log } from './settings';

/** What the checkout load measured: throughput over every checkout, and how many were paid. */
export interface CheckoutFigures extends LoadFigures {
	quoted: number;
	paid: number;
}

/** An admin holds at most this many open quotes (MAX_OPEN_QUOTES_PER_USER): quotes go in rounds. */
const ROUND = 50;

/**
 * Quotes `count` memberships ("+ Unlimited Visits", an add-on paid now) in rounds of 50 (not
 * timed), and pays each round's quotes over `CONNECTIONS` parallel connections (timed): the
 * throughput is the checkouts over the time spent paying them.
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
	const post = ( route: string, body: unknown ) =>
		fetch( `${ app.url }/wp-json/wu/v2${ route }`, {
			method: 'POST',
			headers,
			body: JSON.stringify( body ),
		} );
	const latencies: number[] = [];
	const tally = { quoted: 0, paid: 0, refused: 0, errors: 0, ms: 0 };
	try {
		for ( let first = 1; first <= count; first += ROUND ) {
			const quotes: { membership: number; quote: string }[] = [];
			for ( let id = first; id < first + ROUND && id <= count; id++ ) {
				const response = await post( `/memberships/${ id }/quote`, {
					addons: [ { product_id: visitsAddon, quantity: 1 } ],
				} );
				const body = ( await response.json() ) as { id?: string };
				if ( response.ok && body.id ) {
					quotes.push( { membership: id, quote: body.id } );
				}
			}
			tally.quoted += quotes.length;
			const started = performance.now();
			const lane = async () => {
				for ( let next = quotes.shift(); next; next = quotes.shift() ) {
					const sent = performance.now();
					try {
						const response = await post(
							`/memberships/${ next.membership }/checkout`,
							{
								quote_id: next.quote,
								payment_method: {
									type: 'test_card',
									number: '4242424242424242',
								},
							}
						);
						await response.arrayBuffer();
						tally[ response.ok ? 'paid' : 'refused' ]++;
					} catch {
						tally.errors++;
					}
					latencies.push( performance.now() - sent );
				}
			};
			await Promise.all(
				Array.from( { length: CONNECTIONS }, () => lane() )
			);
			tally.ms += performance.now() - started;
		}
	} finally {
		await app.stop();
	}
	latencies.sort( ( a, b ) => a - b );
	const at = ( q: number ) =>
		latencies[
			Math.min( latencies.length - 1, Math.floor( q * latencies.length ) )
		] ?? 0;
	log(
		`… ${ tally.paid } of ${ tally.quoted } paid in ${ ( tally.ms / 1000 ).toFixed( 2 ) } s`
	);
	return {
		requestsPerSecond: ( tally.paid + tally.refused ) / ( tally.ms / 1000 ),
		p50: at( 0.5 ),
		p99: at( 0.99 ),
		total: tally.paid + tally.refused,
		non2xx: tally.refused,
		errors: tally.errors,
		seconds: Math.round( tally.ms ) / 1000,
		quoted: tally.quoted,
		paid: tally.paid,
	};
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
			`(e) POST /memberships/{id}/checkout of ${ int( c.quoted ) } open quotes (an add-on paid by test card), ${ c.seconds } s of paying`,
			`${ int( c.requestsPerSecond ) }/s; p50 ${ c.p50.toFixed( 2 ) } ms / p99 ${ c.p99.toFixed( 2 ) } ms; ${ int( c.paid ) } paid, ${ c.non2xx } refused, ${ c.errors } errors`,
			'≥ 1,000/s, every quote paid once',
			yes( c.requestsPerSecond >= 1000 && c.paid === c.quoted ),
		],
	];
}
