import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { DomainError, type ErrorKind } from '../domain/errors';
import type { Quote } from '../domain/types';
import { currentLocale } from '../i18n';
import type { QuotePricingRequest } from '../services/quote-pricer';

/** What the main thread asks a quote worker: a validated quote request and the billing clock's now. */
export type PriceRequest = QuotePricingRequest;

/** What a quote worker answers for request `seq`. */
export type PriceAnswer =
	| { ready: true }
	| { seq: number; quote: Quote }
	| {
			seq: number;
			refused: {
				kind: ErrorKind;
				code: string;
				message: string;
				data: Record< string, unknown >;
			};
	  }
	| { seq: number; failed: string };

export interface QuotePool {
	/** The quote from a ready worker, or null when none is ready (then the caller prices it). */
	price: ( request: PriceRequest ) => Promise< Quote > | null;
	/** Workers ready now (a crashed one is replaced; one that cannot start is not). */
	size: () => number;
	/** Resolves once every first worker is ready; rejects when one of them exits before. */
	started: () => Promise< void >;
	stop: () => Promise< void >;
}

/** One worker per core the main thread leaves free, at least one, at most four. */
export function defaultQuoteWorkers(): number {
	return Math.max( 1, Math.min( 4, os.availableParallelism() - 1 ) );
}

/** The server runs TypeScript through tsx; its workers load it the same way. */
const BOOT = `
const { workerData } = require( 'node:worker_threads' );
require( 'tsx/cjs/api' ).register();
require( workerData.entry );
`;
const ENTRY = path.join( __dirname, 'quote-worker.ts' );

/**
 * Quote workers (decision 38): worker threads, each with its own read connection to `file`,
 * that price quote requests while the main thread goes on serving HTTP. A quote only reads
 * (decision 37), so any connection may price it; each request is a fresh read transaction, so
 * a worker sees every commit made before the request (L3). A request goes to the worker with
 * the fewest in flight. A worker that dies fails its requests (500) and is replaced; a request
 * without an answer within `timeoutMs` fails (500) and its worker is replaced.
 */
export function startQuotePool(
	file: string,
	count = defaultQuoteWorkers(),
	options: { entry?: string; timeoutMs?: number } = {}
): QuotePool {
	const entry = options.entry ?? ENTRY;
	const timeoutMs = options.timeoutMs ?? 30_000;
	interface Slot {
		worker: Worker;
		ready: boolean;
		pending: Map<
			number,
			{
				resolve: ( quote: Quote ) => void;
				reject: ( error: Error ) => void;
				timer: NodeJS.Timeout;
			}
		>;
	}
	const slots: Slot[] = [];
	let seq = 0;
	let stopping = false;

	const firstStarts: Promise< void >[] = [];
	const spawn = ( index: number ): Promise< void > => {
		const worker = new Worker( BOOT, {
			eval: true,
			workerData: { file, entry },
		} );
		const slot: Slot = { worker, ready: false, pending: new Map() };
		let markReady!: () => void;
		let markFailed!: ( error: Error ) => void;
		const started = new Promise< void >( ( resolve, reject ) => {
			markReady = resolve;
			markFailed = reject;
		} );
		started.catch( () => undefined ); // nobody need wait for a respawned worker
		slots[ index ] = slot;
		worker.unref();
		worker.on( 'message', ( answer: PriceAnswer ) => {
			if ( 'ready' in answer ) {
				slot.ready = true;
				markReady();
				return;
			}
			const waiting = slot.pending.get( answer.seq );
			if ( ! waiting ) {
				return;
			}
			slot.pending.delete( answer.seq );
			clearTimeout( waiting.timer );
			if ( 'quote' in answer ) {
				waiting.resolve( answer.quote );
			} else if ( 'refused' in answer ) {
				const { kind, code, message, data } = answer.refused;
				waiting.reject( new DomainError( kind, code, message, data ) );
			} else {
				waiting.reject(
					new Error( `quote worker: ${ answer.failed }` )
				);
			}
		} );
		const fail = ( reason: string ) => {
			for ( const waiting of slot.pending.values() ) {
				clearTimeout( waiting.timer );
				waiting.reject( new Error( `quote worker: ${ reason }` ) );
			}
			slot.pending.clear();
		};
		worker.on( 'error', ( error ) => fail( error.message ) );
		worker.on( 'exit', ( code ) => {
			fail( `exited with ${ code }` );
			markFailed(
				new Error(
					`quote worker: exited with ${ code } before it was ready`
				)
			); // no-op once ready
			// One that never started (a broken install) is not tried again: quotes are priced in-process.
			if ( ! stopping && slot.ready && slots[ index ] === slot ) {
				void spawn( index );
			}
		} );
		return started;
	};
	for ( let i = 0; i < count; i++ ) {
		firstStarts.push( spawn( i ) );
	}

	return {
		price( request ) {
			let slot: Slot | null = null;
			for ( const candidate of slots ) {
				if (
					candidate.ready &&
					( slot === null ||
						candidate.pending.size < slot.pending.size )
				) {
					slot = candidate;
				}
			}
			if ( slot === null ) {
				return null;
			}
			const message = {
				...request,
				locale: request.locale ?? currentLocale(),
				seq: ++seq,
			};
			const chosen = slot;
			return new Promise< Quote >( ( resolve, reject ) => {
				// A worker that never answers fails the request (500) instead of holding it forever.
				const timer = setTimeout( () => {
					chosen.pending.delete( message.seq );
					reject(
						new Error(
							`quote worker: no answer within ${ timeoutMs } ms`
						)
					);
					// A worker this late is stuck: end it (its other requests fail) and start another.
					void chosen.worker.terminate();
				}, timeoutMs );
				timer.unref();
				chosen.pending.set( message.seq, { resolve, reject, timer } );
				chosen.worker.postMessage( message );
			} );
		},
		size: () => slots.filter( ( slot ) => slot.ready ).length,
		started: async () => {
			await Promise.all( firstStarts );
		},
		async stop() {
			stopping = true;
			await Promise.all(
				slots.map( ( slot ) => slot.worker.terminate() )
			);
		},
	};
}
