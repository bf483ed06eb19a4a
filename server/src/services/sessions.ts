import { __ } from '../i18n';
import crypto from 'node:crypto';
import { DomainError } from '../domain/errors';
import type { User, UserRepository } from '../db/user-repository';
import type { Clock } from './clock';
import { DUMMY_HASH, verifyPassword } from './passwords';

/** How long a browser session lives, in milliseconds (two days, as WordPress's default). */
const SESSION_MS = 2 * 24 * 60 * 60 * 1000;

export interface Session {
	/** The secret for the cookie; only its hash is stored. */
	token: string;
	nonce: string;
	user: User;
	expiresAt: string;
}

/** SHA-256 of a session token, hex. */
export function hashToken( token: string ): string {
	return crypto.createHash( 'sha256' ).update( token ).digest( 'hex' );
}

/**
 * Checks a username-or-email and password. Wrong credentials never say which part was
 * wrong; unknown users cost the same time as known ones.
 */
export function verifyCredentials( users: UserRepository, login: string, password: string ): User {
	const found = users.findForLogin( login.trim() );
	const ok = verifyPassword( password, found ? found.passwordHash : DUMMY_HASH );
	if ( ! found || ! ok ) {
		throw new DomainError( 'unauthenticated', 'invalid_credentials', __( 'The username or password is incorrect.', 'wu-plan-change' ) );
	}
	return found.user;
}

/** Opens a browser session for `user`. */
export function startSession( users: UserRepository, clock: Clock, user: User ): Session {
	const token = crypto.randomBytes( 32 ).toString( 'base64url' );
	const nonce = crypto.randomBytes( 12 ).toString( 'base64url' );
	const now = clock.now();
	const expiresAt = new Date( Date.parse( now ) + SESSION_MS ).toISOString();
	users.insertSession( hashToken( token ), user.id, nonce, now, expiresAt );
	return { token, nonce, user, expiresAt };
}
