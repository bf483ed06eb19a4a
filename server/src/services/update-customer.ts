import { __ } from '../i18n';
import { invalidParams } from '../domain/errors';
import type { Customer } from '../domain/customer';
import { auditCustomer, customerSnapshot } from './audit-customer';
import type { BillingDeps } from './billing-deps';
import { loadCustomer } from './load';
import {
	endOtherSessions,
	newPasswordHash,
	type Actor,
} from './change-password';
import type { CredentialDeps } from './sessions';
import { cardReference, isTestCard } from './test-gateway';

export interface CustomerChanges {
	email?: string;
	displayName?: string;
	password?: string;
	/** Needed with `password` when the actor changes their own (API.md "Accounts and the edge"). */
	currentPassword?: string;
	/** A test card number to keep on file for renewals (replaces the saved card). */
	cardNumber?: string;
}

/**
 * Updates a customer's account fields and saved card; returns the customer afterwards. A new
 * password ends the customer's other sessions (all of them when the admin sets it).
 */
export async function updateCustomer(
	deps: BillingDeps & CredentialDeps,
	id: number,
	changes: CustomerChanges,
	actor: Actor
): Promise< Customer > {
	const passwordHash = await newPasswordHash(
		deps,
		loadCustomer( deps, id ).userId,
		changes.password,
		changes.currentPassword,
		actor
	);
	return deps.db.transaction( () => {
		const customer = loadCustomer( deps, id );
		const before = customerSnapshot( deps, customer );
		const params: Record< string, string > = {};
		if (
			changes.email !== undefined &&
			deps.users.isTaken( '', changes.email, customer.userId ).email
		) {
			params.email = __(
				'This email address is already used.',
				'wu-plan-change'
			);
		}
		if (
			changes.cardNumber !== undefined &&
			! isTestCard( changes.cardNumber )
		) {
			params.payment_method = __(
				'This is not a card the test gateway knows.',
				'wu-plan-change'
			);
		}
		if ( Object.keys( params ).length > 0 ) {
			throw invalidParams( params );
		}
		deps.users.update( customer.userId, {
			email: changes.email,
			displayName: changes.displayName,
			passwordHash,
		} );
		if ( passwordHash !== undefined ) {
			endOtherSessions( deps.users, customer.userId, actor );
		}
		if ( changes.cardNumber !== undefined ) {
			deps.customers.saveCard( id, cardReference( changes.cardNumber ) );
		}
		const after = loadCustomer( deps, id );
		auditCustomer(
			deps,
			'customer.updated',
			before,
			after,
			passwordHash !== undefined
		);
		return after;
	} )();
}
