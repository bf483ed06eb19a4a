import type { BillingDeps } from './billing-deps';

/** Ends one login session (logout), by the hash of its token. */
export function endSession(
	deps: Pick< BillingDeps, 'users' >,
	sessionHash: string
): void {
	deps.users.deleteSession( sessionHash );
}
