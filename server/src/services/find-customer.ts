import type { Customer } from '../domain/customer';
import type { BillingDeps } from './billing-deps';

/** The customer with this id, or null. */
export function findCustomer(
	deps: Pick< BillingDeps, 'customers' >,
	id: number
): Customer | null {
	return deps.customers.find( id );
}
