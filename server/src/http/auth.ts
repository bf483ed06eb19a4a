import { __ } from '../i18n';
import crypto from 'node:crypto';
import type { RequestHandler } from 'express';
import { DomainError } from '../domain/errors';
import type { AppContext } from './app-context';
import type { Role } from '../domain/user';
import type { Locale } from '../i18n';
import type { Actor } from '../services/change-password';
import { hashToken, verifyCredentials } from '../services/sessions';
import { withActor } from '../services/acting-user';

/** The name of the session cookie. */
export const SESSION_COOKIE = 'wu_logged_in';

/** The authenticated caller as routes see it. */
export interface AuthUser {
	id: number;
	username: string;
	displayName: string;
	role: Role;
	/** Their own language (null: the network's), read with the account so a request needs no lookup. */
	locale: Locale | null;
	/** How the caller authenticated. */
	via: 'cookie' | 'basic';
	/** The session's nonce (cookie callers only). */
	nonce?: string;
	/** The session token's hash (cookie callers only), to end the session. */
	sessionHash?: string;
}

const SAFE_METHODS = new Set( [ 'GET', 'HEAD', 'OPTIONS' ] );

/** Parses a Cookie header into a map. */
export function parseCookies(
	header: string | undefined
): Record< string, string > {
	const cookies: Record< string, string > = {};
	for ( const part of ( header ?? '' ).split( ';' ) ) {
		const index = part.indexOf( '=' );
		if ( index > 0 ) {
			const value = part.slice( index + 1 ).trim();
			try {
				cookies[ part.slice( 0, index ).trim() ] =
					decodeURIComponent( value );
			} catch {
				cookies[ part.slice( 0, index ).trim() ] = value;
			}
		}
	}
	return cookies;
}

async function fromBasic(
	ctx: AppContext,
	header: string,
	address: string | null
): Promise< AuthUser > {
	const nowMs = Date.parse( ctx.wallClock.now() );
	const key = crypto.hash( 'sha256', header, 'base64' );
	const cached = ctx.basicAuthCache.get( key, nowMs );
	if ( cached ) {
		return { ...cached, via: 'basic' };
	}
	const decoded = Buffer.from( header.slice( 6 ).trim(), 'base64' ).toString(
		'utf8'
	);
	const colon = decoded.indexOf( ':' );
	if ( colon < 0 ) {
		throw new DomainError(
			'unauthenticated',
			'invalid_credentials',
			__( 'The username or password is incorrect.', 'wu-plan-change' )
		);
	}
	// WordPress application passwords may be shown with spaces; they are not part of it.
	const user = await verifyCredentials(
		ctx,
		decoded.slice( 0, colon ),
		decoded.slice( colon + 1 ),
		address
	);
	ctx.basicAuthCache.set( key, pick( user ), nowMs );
	return { ...pick( user ), via: 'basic' };
}

function pick( user: {
	id: number;
	username: string;
	displayName: string;
	role: Role;
	locale: Locale | null;
} ) {
	return {
		id: user.id,
		username: user.username,
		displayName: user.displayName,
		role: user.role,
		locale: user.locale,
	};
}

/** The caller as the author of an account change (their own password needs the current one; their session stays). */
export function actorOf( user: AuthUser ): Actor {
	// NOTE: REST handlers do not see the client address; a wrong current password counts for the account only.
	return { userId: user.id, sessionHash: user.sessionHash, address: null };
}

/** The cookie session's user, or null when there is none or it expired. */
export function userFromCookie(
	ctx: AppContext,
	cookieHeader: string | undefined
): AuthUser | null {
	const token = parseCookies( cookieHeader )[ SESSION_COOKIE ];
	if ( ! token ) {
		return null;
	}
	const sessionHash = hashToken( token );
	const session = ctx.users.findSession( sessionHash, ctx.wallClock.now() );
	return session
		? {
				...pick( session.user ),
				via: 'cookie',
				nonce: session.nonce,
				sessionHash,
			}
		: null;
}

/**
 * Sets `res.locals.user` from `Authorization: Basic` or the session cookie. A cookie caller
 * must send the session's `X-WP-Nonce` on every state-changing request.
 */
export function authenticate( ctx: AppContext ): RequestHandler {
	return async ( req, res, next ) => {
		try {
			const authorization = req.get( 'authorization' );
			if ( authorization && /^basic /i.test( authorization ) ) {
				res.locals.user = await fromBasic(
					ctx,
					authorization,
					req.ip ?? null
				);
				next();
				return;
			}
			const user = userFromCookie( ctx, req.get( 'cookie' ) );
			if ( user && ! SAFE_METHODS.has( req.method ) ) {
				const nonce =
					req.get( 'x-wp-nonce' ) ??
					( typeof req.query._wpnonce === 'string'
						? req.query._wpnonce
						: '' );
				if ( ! nonce || ! safeEqual( nonce, user.nonce ?? '' ) ) {
					throw new DomainError(
						'forbidden',
						'rest_cookie_invalid_nonce',
						__(
							'Cookie check failed: the nonce is missing or invalid.',
							'wu-plan-change'
						)
					);
				}
			}
			res.locals.user = user;
			next();
		} catch ( error ) {
			next( error );
		}
	};
}

function safeEqual( a: string, b: string ): boolean {
	const left = Buffer.from( a );
	const right = Buffer.from( b );
	return (
		left.length === right.length && crypto.timingSafeEqual( left, right )
	);
}

/** Runs the rest of the request on behalf of its user (the audit log's actor; null when logged out). */
export function actAsUser(): RequestHandler {
	return ( _req, res, next ) => {
		const user = res.locals.user as AuthUser | null | undefined;
		withActor(
			user ? { id: user.id, username: user.username } : null,
			next
		);
	};
}
