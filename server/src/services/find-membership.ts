import type { Membership } from '../domain/types';
import type { BillingDeps } from './billing-deps';

/** The membership with this id, or null. */
export function findMembership(
	deps: Pick< BillingDeps, 'memberships' >,
	id: number
): Membership | null {
	return deps.memberships.find( id );
}
