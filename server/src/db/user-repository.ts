import type { Role, User, NewUser } from '../domain/user';
import type { Statement } from 'better-sqlite3';
import type { Db } from './connection';
import { isLocale, type Locale } from '../i18n';

interface UserRow {
	id: number;
	username: string;
	email: string;
	display_name: string;
	role: Role;
	password_hash: string;
	created_at: string;
	locale: string | null;
}

function toUser( row: UserRow ): User {
	return {
		id: row.id,
		username: row.username,
		email: row.email,
		displayName: row.display_name,
		role: row.role,
		createdAt: row.created_at,
		locale: isLocale( row.locale ) ? row.locale : null,
	};
}

/** Users and their sessions. */
export class UserRepository {
	private localeStatement?: Statement;

	constructor( private readonly db: Db ) {}

	insert( user: NewUser ): User {
		const info = this.db
			.prepare(
				'INSERT INTO users ( username, email, display_name, role, password_hash, created_at ) VALUES ( ?, ?, ?, ?, ?, ? )'
			)
			.run(
				user.username,
				user.email,
				user.displayName,
				user.role,
				user.passwordHash,
				user.createdAt
			);
		return this.find( Number( info.lastInsertRowid ) ) as User;
	}

	find( id: number ): User | null {
		const row = this.db
			.prepare( 'SELECT * FROM users WHERE id = ?' )
			.get( id ) as UserRow | undefined;
		return row ? toUser( row ) : null;
	}

	/** The user with this username or email, with the password hash for verification. */
	findForLogin( login: string ): { user: User; passwordHash: string } | null {
		const row = this.db
			.prepare( 'SELECT * FROM users WHERE username = ? OR email = ?' )
			.get( login, login ) as UserRow | undefined;
		return row
			? { user: toUser( row ), passwordHash: row.password_hash }
			: null;
	}

	isTaken(
		username: string,
		email: string,
		exceptId = 0
	): { username: boolean; email: boolean } {
		const byName = this.db
			.prepare( 'SELECT id FROM users WHERE username = ? AND id <> ?' )
			.get( username, exceptId );
		const byEmail = this.db
			.prepare( 'SELECT id FROM users WHERE email = ? AND id <> ?' )
			.get( email, exceptId );
		return { username: Boolean( byName ), email: Boolean( byEmail ) };
	}

	update(
		id: number,
		fields: Partial<
			Pick< NewUser, 'email' | 'displayName' | 'passwordHash' >
		>
	): void {
		const current = this.db
			.prepare( 'SELECT * FROM users WHERE id = ?' )
			.get( id ) as UserRow;
		this.db
			.prepare(
				'UPDATE users SET email = ?, display_name = ?, password_hash = ? WHERE id = ?'
			)
			.run(
				fields.email ?? current.email,
				fields.displayName ?? current.display_name,
				fields.passwordHash ?? current.password_hash,
				id
			);
	}

	/** The user's own locale, or null when they follow the network's (or have an unknown one). */
	localeOf( id: number ): Locale | null {
		this.localeStatement ??= this.db.prepare(
			'SELECT locale FROM users WHERE id = ?'
		);
		const locale = (
			this.localeStatement.get( id ) as
				{ locale: string | null } | undefined
		 )?.locale;
		return isLocale( locale ) ? locale : null;
	}

	setLocale( id: number, locale: Locale | null ): void {
		this.db
			.prepare( 'UPDATE users SET locale = ? WHERE id = ?' )
			.run( locale, id );
	}

	count(): number {
		return (
			this.db.prepare( 'SELECT COUNT(*) AS n FROM users' ).get() as {
				n: number;
			}
		 ).n;
	}

	insertSession(
		tokenHash: string,
		userId: number,
		nonce: string,
		createdAt: string,
		expiresAt: string
	): void {
		this.db
			.prepare(
				'INSERT INTO sessions ( token_hash, user_id, nonce, created_at, expires_at ) VALUES ( ?, ?, ?, ?, ? )'
			)
			.run( tokenHash, userId, nonce, createdAt, expiresAt );
	}

	/** The live session with this token hash at `now`, with its user. */
	findSession(
		tokenHash: string,
		now: string
	): { user: User; nonce: string } | null {
		const row = this.db
			.prepare(
				'SELECT users.*, sessions.nonce AS nonce FROM sessions JOIN users ON users.id = sessions.user_id WHERE token_hash = ? AND expires_at > ?'
			)
			.get( tokenHash, now ) as
			( UserRow & { nonce: string } ) | undefined;
		return row ? { user: toUser( row ), nonce: row.nonce } : null;
	}

	deleteSession( tokenHash: string ): void {
		this.db
			.prepare( 'DELETE FROM sessions WHERE token_hash = ?' )
			.run( tokenHash );
	}

	/** Ends every session of the user but `exceptTokenHash` (a password change, issue 10). */
	deleteSessionsOf( userId: number, exceptTokenHash?: string ): void {
		this.db
			.prepare(
				'DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?'
			)
			.run( userId, exceptTokenHash ?? '' );
	}
}
