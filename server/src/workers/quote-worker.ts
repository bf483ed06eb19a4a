// A quote worker (decision 38): prices quote requests on its own read connection. Started by
// quote-pool.ts; answers each message with a quote, a refusal (a DomainError's fields) or a failure.
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../db/connection';
import { DomainError } from '../domain/errors';
import { withLocale } from '../i18n';
import { createBillingDeps, readSnapshot } from '../services/billing-deps';
import type { Clock } from '../services/clock';
import { priceQuote } from '../services/price-quote';
import type { PriceAnswer, PriceRequest } from './quote-pool';

/** The billing clock of the request being priced: the main thread's now, sent with it. */
let now = '';
const clock: Clock = { now: () => now };
const db = openDatabase( ( workerData as { file: string } ).file );
const deps = createBillingDeps( db, clock );

parentPort!.postMessage( { ready: true } satisfies PriceAnswer );
parentPort!.on( 'message', ( request: PriceRequest & { seq: number } ) => {
	let answer: PriceAnswer;
	try {
		now = request.now;
		answer = {
			seq: request.seq,
			quote: withLocale( request.locale ?? 'en_US', () =>
				readSnapshot( deps, () => priceQuote( deps, request ) )
			),
		};
	} catch ( error ) {
		answer =
			error instanceof DomainError
				? {
						seq: request.seq,
						refused: {
							kind: error.kind,
							code: error.code,
							message: error.message,
							data: error.data,
						},
					}
				: {
						seq: request.seq,
						failed:
							error instanceof Error
								? error.message
								: String( error ),
					};
	}
	parentPort!.postMessage( answer );
} );
