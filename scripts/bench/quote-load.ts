import { figures, load, startServer, type LoadFigures } from './load';
import {
	CONNECTIONS,
	NOW,
	SECONDS,
	SIZE,
	WARM_SECONDS,
	combine,
} from './settings';

export async function quoteVersusBare(
	file: string,
	admin: string,
	products: { premium: number; visits: number }
): Promise< {
	bare: LoadFigures;
	quote: LoadFigures;
	inThread: LoadFigures;
	single: LoadFigures;
	me: LoadFigures;
} > {
	const bodies = [
		JSON.stringify( {
			plan_id: products.premium,
			duration: 1,
			duration_unit: 'year',
		} ),
		JSON.stringify( {
			addons: [ { product_id: products.visits, quantity: 1 } ],
		} ),
	];
	const headers = {
		'content-type': 'application/json',
		authorization: admin,
	};
	let turn = 0;

	// Both servers run side by side (the idle one costs nothing) and are measured in alternating
	// halves, so that other work on the machine weighs on both alike.
	const bareServer = await startServer( [ 'bare' ] );
	const app = await startServer( [ 'app', file, NOW ] );
	// The same app pricing quotes in its request thread (no quote workers, decision 38).
	const inThreadApp = await startServer( [ 'app', file, NOW ], {
		WU_QUOTE_WORKERS: '0',
	} );
	const bareOptions = {
		url: bareServer.url,
		connections: CONNECTIONS,
		requests: [
			{
				method: 'POST',
				path: '/bare',
				headers,
				setupRequest: ( r: object ) => ( {
					...r,
					body: bodies[ turn++ % 2 ],
				} ),
			},
		],
	};
	const quoteOptions = {
		url: app.url as string,
		connections: CONNECTIONS,
		requests: [
			{
				method: 'POST',
				headers,
				setupRequest: ( r: object ) => ( {
					...r,
					path: `/wp-json/wu/v2/memberships/${ 1 + Math.floor( Math.random() * SIZE ) }/quote`,
					body: bodies[ turn++ % 2 ],
				} ),
			},
		],
	};
	// The floor of any route of the app: Express router, Basic auth (cached), the REST layer.
	const meOptions = {
		url: app.url,
		connections: CONNECTIONS,
		requests: [
			{ method: 'GET', path: '/wp-json/wu/v2/users/me', headers },
		],
	};
	await load( { ...bareOptions, duration: WARM_SECONDS } );
	// Warm-up: the Basic credential is verified once, then cached; the memory map is filled in.
	await load( { ...quoteOptions, duration: WARM_SECONDS } );
	const inThreadOptions = { ...quoteOptions, url: inThreadApp.url };
	await load( { ...inThreadOptions, duration: WARM_SECONDS } );
	const halves = {
		bare: [] as LoadFigures[],
		me: [] as LoadFigures[],
		quote: [] as LoadFigures[],
		inThread: [] as LoadFigures[],
	};
	for ( let half = 0; half < 2; half++ ) {
		halves.bare.push(
			figures( await load( { ...bareOptions, duration: SECONDS / 2 } ) )
		);
		halves.quote.push(
			figures( await load( { ...quoteOptions, duration: SECONDS / 2 } ) )
		);
		halves.inThread.push(
			figures(
				await load( { ...inThreadOptions, duration: SECONDS / 2 } )
			)
		);
		halves.me.push(
			figures( await load( { ...meOptions, duration: SECONDS / 4 } ) )
		);
	}
	const bare = combine( halves.bare );
	const quote = combine( halves.quote );
	const inThread = combine( halves.inThread );
	const me = combine( halves.me );
	// The latency of one request at a time, without queueing behind the other connections.
	const single = figures(
		await load( {
			...quoteOptions,
			connections: 1,
			duration: Math.max( 3, Math.round( SECONDS / 2 ) ),
		} )
	);
	await app.stop();
	await inThreadApp.stop();
	await bareServer.stop();
	return { bare, quote, inThread, single, me };
}
