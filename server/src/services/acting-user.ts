import { AsyncLocalStorage } from 'node:async_hooks';
import type { AuditActor } from '../domain/audit';

/**
 * Who is acting in the work in progress: the authenticated user of a request (set by the HTTP
 * layer), or nobody — the system — in a job. The audit log reads it when a change is written,
 * as WordPress's audit plugins read the current user.
 */
const acting = new AsyncLocalStorage< AuditActor >();

/** Runs `work` (and everything it starts) on behalf of `actor` (null: the system). */
export function withActor< T >( actor: AuditActor, work: () => T ): T {
	return acting.run( actor, work );
}

/** The user the current work is done for, or null for the system (outside any request). */
export function currentActor(): AuditActor {
	return acting.getStore() ?? null;
}
