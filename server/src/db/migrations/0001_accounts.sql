-- Users of the network (network admins and customers) and their browser sessions.
CREATE TABLE users (
	id INTEGER PRIMARY KEY,
	username TEXT NOT NULL UNIQUE COLLATE NOCASE,
	email TEXT NOT NULL UNIQUE COLLATE NOCASE,
	display_name TEXT NOT NULL,
	role TEXT NOT NULL CHECK ( role IN ( 'network_admin', 'customer' ) ),
	password_hash TEXT NOT NULL,
	created_at TEXT NOT NULL
) STRICT;

-- A session is found by the SHA-256 of its cookie token; the token itself is never stored.
CREATE TABLE sessions (
	token_hash TEXT PRIMARY KEY,
	user_id INTEGER NOT NULL REFERENCES users ( id ) ON DELETE CASCADE,
	nonce TEXT NOT NULL,
	created_at TEXT NOT NULL,
	expires_at TEXT NOT NULL
) STRICT;

CREATE INDEX sessions_user ON sessions ( user_id );
