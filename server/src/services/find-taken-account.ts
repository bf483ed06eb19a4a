import type { BillingDeps } from './billing-deps';

/** Which of a new account's username and email another user already has. */
export function findTakenAccount(
	deps: Pick< BillingDeps, 'users' >,
	username: string,
	email: string
): { username: boolean; email: boolean } {
	return deps.users.isTaken( username, email );
}
