import type { Db } from './db/connection';
import type { HttpOptions } from './http/app-context';
import { createHttpContext, type HttpContext } from './http/http-context';
import { createBillingDeps } from './services/billing-deps';
import { systemClock, type Clock } from './services/clock';

export interface ContextOptions extends HttpOptions {
	db: Db;
	clock?: Clock;
}

/**
 * The composition root: repositories over an opened, migrated database, the use cases'
 * dependencies, and the HTTP layer's context over them. main.ts, the tests and the benchmark
 * build the app through it; nothing below imports it.
 */
export function createContext( options: ContextOptions ): HttpContext {
	return createHttpContext(
		createBillingDeps( options.db, options.clock ?? systemClock ),
		options
	);
}

/** `WU_TRUST_PROXY` as Express's `trust proxy` takes it: `true`/`false`, a hop count, or names/addresses. */
export function parseTrustProxy(
	value: string | undefined
): boolean | number | string | undefined {
	const text = value?.trim();
	if ( ! text ) {
		return undefined;
	}
	if ( text === 'true' || text === 'false' ) {
		return text === 'true';
	}
	return /^\d+$/.test( text ) ? Number( text ) : text;
}
