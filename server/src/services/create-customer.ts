import { __ } from '../i18n';
import { invalidParams } from '../domain/errors';
import type { Customer } from '../domain/customer';
import { auditCustomer } from './audit-customer';
import { billingNow, type BillingDeps } from './billing-deps';
import { hashPassword } from './passwords';

export interface NewCustomer {
	username: string;
	email: string;
	password: string;
	displayName: string;
}

/** Creates a customer user and its customer record (admin). Username and email must be free. */
export async function createCustomer(
	deps: BillingDeps,
	input: NewCustomer
): Promise< Customer > {
	const passwordHash = await hashPassword( input.password );
	return deps.db.transaction( () => {
		const taken = deps.users.isTaken( input.username, input.email );
		if ( taken.username || taken.email ) {
			const params: Record< string, string > = {};
			if ( taken.username ) {
				params.username = __(
					'This username is already used.',
					'wu-plan-change'
				);
			}
			if ( taken.email ) {
				params.email = __(
					'This email address is already used.',
					'wu-plan-change'
				);
			}
			throw invalidParams( params );
		}
		const now = billingNow( deps );
		const user = deps.users.insert( {
			username: input.username,
			email: input.email,
			displayName: input.displayName,
			role: 'customer',
			passwordHash,
			createdAt: now,
		} );
		const customer = deps.customers.insert( user.id, now );
		auditCustomer( deps, 'customer.created', null, customer );
		return customer;
	} )();
}
