import { __, _n, sprintf } from '../i18n';
import crypto from 'node:crypto';
import { DomainError } from '../domain/errors';
import type { UserRepository } from '../db/user-repository';
import type { User } from '../domain/user';
import type { Clock } from './clock';
import type { LoginThrottle } from './login-throttle';
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

export interface CredentialDeps {
	users: UserRepository;
	loginThrottle: LoginThrottle;
}

/** The 429 of a throttled login, with the seconds to wait (the caller sends them in `Retry-After`). */
export function tooManyAttempts( retryAfter: number ): DomainError {
	const minutes = Math.max( 1, Math.ceil( retryAfter / 60 ) );
	return new DomainError(
		'too_many_requests',
		'too_many_login_attempts',
		sprintf(
			/* translators: %d: minutes */
			_n(
				'Too many failed login attempts. Try again in %d minute.',
				'Too many failed login attempts. Try again in %d minutes.',
				minutes,
				'wu-plan-change'
			),
			minutes
		),
		{ retry_after: retryAfter }
	);
}

function invalidCredentials(): DomainError {
	return new DomainError(
		'unauthenticated',
		'invalid_credentials',
		__( 'The username or password is incorrect.', 'wu-plan-change' )
	);
}

/** The throttle's key for a login: the account when it exists (username and email count as one). */
export function accountKey(
	login: string,
	userId: number | undefined
): string {
	return userId !== undefined
		? `user:${ userId }`
		: `login:${ login.toLowerCase() }`;
}

/**
 * Checks a username-or-email and password from `address`. Wrong credentials never say which part
 * was wrong; unknown users cost the same time as known ones. The hash runs off the event loop;
 * failures are throttled per account and per address (`too_many_requests` while blocked, checked
 * before any hashing), and a success starts the account's count again.
 */
export async function verifyCredentials(
	deps: CredentialDeps,
	login: string,
	password: string,
	address: string | null
): Promise< User > {
	const found = deps.users.findForLogin( login.trim() );
	const key = accountKey( login.trim(), found?.user.id );
	const wait = await deps.loginThrottle.retryAfter( key, address );
	if ( wait > 0 ) {
		throw tooManyAttempts( wait );
	}
	const ok = await verifyPassword(
		password,
		found ? found.passwordHash : DUMMY_HASH
	);
	if ( ! found || ! ok ) {
		const blocked = await deps.loginThrottle.failed( key, address );
		throw blocked > 0 ? tooManyAttempts( blocked ) : invalidCredentials();
	}
	await deps.loginThrottle.succeeded( key );
	return found.user;
}

/** Opens a browser session for `user`. */
export function startSession(
	users: UserRepository,
	clock: Clock,
	user: User
): Session {
	const token = crypto.randomBytes( 32 ).toString( 'base64url' );
	const nonce = crypto.randomBytes( 12 ).toString( 'base64url' );
	const now = clock.now();
	const expiresAt = new Date( Date.parse( now ) + SESSION_MS ).toISOString();
	users.insertSession( hashToken( token ), user.id, nonce, now, expiresAt );
	return { token, nonce, user, expiresAt };
}
