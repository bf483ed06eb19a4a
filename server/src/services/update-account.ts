import { __ } from '../i18n';
import { invalidParams } from '../domain/errors';
import type { User } from '../domain/user';
import {
	endOtherSessions,
	newPasswordHash,
	type Actor,
} from './change-password';
import type { CredentialDeps } from './sessions';
import { auditCustomer, customerSnapshot } from './audit-customer';
import type { BillingDeps } from './billing-deps';

export interface AccountChanges {
	email?: string;
	displayName?: string;
	password?: string;
	/** Needed with `password` (API.md "Accounts and the edge"). */
	currentPassword?: string;
}

/**
 * Updates the actor's own account (`PUT /users/me`): email, display name, password. A new
 * password needs the current one and ends the user's other sessions.
 */
export async function updateOwnAccount(
	deps: CredentialDeps & BillingDeps,
	actor: Actor,
	changes: AccountChanges
): Promise< User > {
	const passwordHash = await newPasswordHash(
		deps,
		actor.userId,
		changes.password,
		changes.currentPassword,
		actor
	);
	return deps.db.transaction( () => {
		// A customer's own account is their customer record in the audit log.
		const customer = deps.customers.findByUserId( actor.userId );
		const before = customer ? customerSnapshot( deps, customer ) : null;
		if (
			changes.email !== undefined &&
			deps.users.isTaken( '', changes.email, actor.userId ).email
		) {
			throw invalidParams( {
				email: __(
					'This email address is already used.',
					'wu-plan-change'
				),
			} );
		}
		deps.users.update( actor.userId, {
			email: changes.email,
			displayName: changes.displayName,
			passwordHash,
		} );
		if ( passwordHash !== undefined ) {
			endOtherSessions( deps.users, actor.userId, actor );
		}
		if ( customer ) {
			auditCustomer(
				deps,
				'customer.updated',
				before,
				deps.customers.find( customer.id ) ?? customer,
				passwordHash !== undefined
			);
		}
		return deps.users.find( actor.userId ) as User;
	} )();
}
