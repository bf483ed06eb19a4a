import type { Customer } from '../domain/customer';
import type { BillingDeps } from './billing-deps';

/** The customer record of a user, or null (the admin, or a user without one). */
export function findCustomerOfUser(
	deps: Pick< BillingDeps, 'customers' >,
	userId: number
): Customer | null {
	return deps.customers.findByUserId( userId );
}
