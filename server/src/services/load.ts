import { __ } from '../i18n';
import { DomainError } from '../domain/errors';
import type { Membership } from '../domain/types';
import type { Customer } from '../domain/customer';
import type { BillingDeps } from './billing-deps';

/** The membership with this id, or rest_not_found. */
export function loadMembership( deps: BillingDeps, id: number ): Membership {
	const membership = deps.memberships.find( id );
	if ( ! membership ) {
		throw new DomainError(
			'not_found',
			'rest_not_found',
			__( 'No membership was found with that id.', 'wu-plan-change' )
		);
	}
	return membership;
}

/** The customer with this id, or rest_not_found. */
export function loadCustomer( deps: BillingDeps, id: number ): Customer {
	const customer = deps.customers.find( id );
	if ( ! customer ) {
		throw new DomainError(
			'not_found',
			'rest_not_found',
			__( 'No customer was found with that id.', 'wu-plan-change' )
		);
	}
	return customer;
}
