import { __ } from '../i18n';
import { invalidParams } from '../domain/errors';
import type { Db } from '../db/connection';
import type { User } from '../domain/user';
import {
	endOtherSessions,
	newPasswordHash,
	type Actor,
} from './change-password';
import type { CredentialDeps } from './sessions';

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
	deps: CredentialDeps & { db: Db },
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
		return deps.users.find( actor.userId ) as User;
	} )();
}
