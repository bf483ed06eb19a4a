import type { Membership, Product } from '../domain/types';
import type { MembershipRepository } from '../db/membership-repository';
import type { BillingDeps } from './billing-deps';

/** What a membership's wire resource shows beside it: the catalogue and its renewal state. */
export function describeMembership(
	deps: Pick< BillingDeps, 'memberships' | 'products' >,
	membership: Membership
): {
	catalogue: Product[];
} & ReturnType< MembershipRepository[ 'renewalState' ] > {
	return {
		catalogue: deps.products.all(),
		...deps.memberships.renewalState( membership.id ),
	};
}
