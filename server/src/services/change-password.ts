import { __ } from '../i18n';
import { invalidParams } from '../domain/errors';
import type { UserRepository } from '../db/user-repository';
import { hashPassword, verifyPassword } from './passwords';
import { accountKey, tooManyAttempts, type CredentialDeps } from './sessions';

/** Who asks for an account change: their own password needs the current one, and their session stays. */
export interface Actor {
	userId: number;
	/** The actor's cookie session (none for Basic callers). */
	sessionHash?: string;
	/** The client address, for the login throttle (null when unknown). */
	address: string | null;
}

/**
 * Checks a signed-in user's current password before they change their own (API.md "Accounts and
 * the edge"): `rest_invalid_param` on `current_password` when it is missing or wrong. A wrong one
 * counts as a failed login of the account.
 */
export async function confirmCurrentPassword(
	deps: CredentialDeps,
	userId: number,
	currentPassword: string | undefined,
	address: string | null
): Promise< void > {
	const user = deps.users.find( userId );
	const stored = user
		? deps.users.findForLogin( user.username )?.passwordHash
		: undefined;
	const key = accountKey( '', userId );
	const wait = await deps.loginThrottle.retryAfter( key, address );
	if ( wait > 0 ) {
		throw tooManyAttempts( wait );
	}
	if (
		currentPassword &&
		stored &&
		( await verifyPassword( currentPassword, stored ) )
	) {
		return;
	}
	if ( currentPassword ) {
		const blocked = await deps.loginThrottle.failed( key, address );
		if ( blocked > 0 ) {
			throw tooManyAttempts( blocked );
		}
	}
	throw invalidParams( {
		current_password: currentPassword
			? __( 'The current password is incorrect.', 'wu-plan-change' )
			: __(
					'Changing your own password needs your current password.',
					'wu-plan-change'
				),
	} );
}

/**
 * The hash of `password` for user `userId` (undefined when no password is set), after checking
 * `currentPassword` when the actor changes their own. Hashes off the event loop.
 */
export async function newPasswordHash(
	deps: CredentialDeps,
	userId: number,
	password: string | undefined,
	currentPassword: string | undefined,
	actor: Actor
): Promise< string | undefined > {
	if ( password === undefined ) {
		return undefined;
	}
	if ( actor.userId === userId ) {
		await confirmCurrentPassword(
			deps,
			userId,
			currentPassword,
			actor.address
		);
	}
	return hashPassword( password );
}

/** After a password change, every session of the user ends but the actor's own current one. */
export function endOtherSessions(
	users: UserRepository,
	userId: number,
	actor: Actor
): void {
	users.deleteSessionsOf(
		userId,
		actor.userId === userId ? actor.sessionHash : undefined
	);
}
