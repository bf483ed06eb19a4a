import type { StoredQuote } from '../domain/stored-quote';
import type { BillingDeps } from './billing-deps';

/** The quotes of a membership the network admin applied over the limits (RULES L4), newest first. */
export function listOverLimitApprovals(
	deps: Pick< BillingDeps, 'quotes' >,
	membershipId: number
): StoredQuote[] {
	return deps.quotes.overLimitApprovals( membershipId );
}
