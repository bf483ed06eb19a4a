import type { AppContext } from './app-context';
import type { Customer } from '../domain/customer';
import type { Membership } from '../domain/types';
import { describeCustomer } from '../services/describe-customer';
import { describeMembership } from '../services/describe-membership';
import { customerResource, membershipResource } from '../wire/resources';

/** A membership on the wire (its recurring total from the current catalogue). */
export function presentMembership( ctx: AppContext, membership: Membership ) {
	const { catalogue, retry, error } = describeMembership( ctx, membership );
	return membershipResource( membership, catalogue, retry, error );
}

/** A customer on the wire with their wallet balance (the ledger's sum, RULES W3). */
export function presentCustomer( ctx: AppContext, customer: Customer ) {
	const { balance, currency } = describeCustomer( ctx, customer.id );
	return customerResource( customer, balance, currency );
}
