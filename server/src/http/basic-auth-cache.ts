import { cacheEnabled } from '../domain/cache-switches';
import type { User } from '../domain/user';

/**
 * A small cache of verified Basic credentials (key: SHA-256 of the header) holding the user, so
 * that programs calling many times pay neither the memory-hard hash nor a user lookup on every
 * request. Entries live `BASIC_CACHE_MS`; any change to an account clears the cache.
 */
const BASIC_CACHE_MS = 5 * 60 * 1000;
const BASIC_CACHE_MAX = 1000;

type CachedUser = Pick<
	User,
	'id' | 'username' | 'displayName' | 'role' | 'locale'
>;

export class BasicAuthCache {
	private readonly entries = new Map<
		string,
		{ user: CachedUser; until: number }
	>();

	get( key: string, nowMs: number ): CachedUser | null {
		if ( ! cacheEnabled( 'basic-credentials' ) ) {
			return null;
		}
		const entry = this.entries.get( key );
		if ( ! entry || entry.until <= nowMs ) {
			this.entries.delete( key );
			return null;
		}
		return entry.user;
	}

	set( key: string, user: CachedUser, nowMs: number ): void {
		if ( this.entries.size >= BASIC_CACHE_MAX ) {
			this.entries.delete( this.entries.keys().next().value as string );
		}
		this.entries.set( key, { user, until: nowMs + BASIC_CACHE_MS } );
	}

	clear(): void {
		this.entries.clear();
	}

	/** Drops the entries of one user (their account changed); others keep theirs and pay no new hash. */
	forget( userId: number ): void {
		for ( const [ key, entry ] of this.entries ) {
			if ( entry.user.id === userId ) {
				this.entries.delete( key );
			}
		}
	}
}
