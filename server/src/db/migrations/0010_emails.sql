-- Issue 15 (part 3): e-mails to customers, made from the outbox's events by the 'emails' consumer in
-- the transaction that advances its cursor (a rolled-back change has no event, so no e-mail).
-- One e-mail of a kind per event. Without WU_MAIL an e-mail is `kept` (listed by GET /emails, never
-- sent); with it, `queued` until the mailer sends it (`sent`) or gives up after its retries (`failed`).
-- `claimed_until` is the lease of the instance sending it; `next_attempt_at` the retry's real time.
CREATE TABLE emails (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	customer_id INTEGER NOT NULL REFERENCES customers ( id ),
	event_id INTEGER NOT NULL REFERENCES events ( id ),
	kind TEXT NOT NULL CHECK ( kind IN ( 'receipt', 'plan_changed', 'downgrade_scheduled', 'renewal_failed', 'membership_cancelled' ) ),
	locale TEXT NOT NULL,
	to_address TEXT NOT NULL,
	subject TEXT NOT NULL,
	text TEXT NOT NULL,
	html TEXT NOT NULL,
	created_at TEXT NOT NULL,
	status TEXT NOT NULL CHECK ( status IN ( 'kept', 'queued', 'sent', 'failed' ) ),
	attempts INTEGER NOT NULL DEFAULT 0 CHECK ( attempts >= 0 ),
	next_attempt_at TEXT,
	claimed_until TEXT,
	sent_at TEXT,
	error TEXT,
	UNIQUE ( event_id, kind )
) STRICT;
CREATE INDEX emails_customer ON emails ( customer_id, id );
CREATE INDEX emails_due ON emails ( status, next_attempt_at );

-- E-mails start with the events after this migration: a network that already has events does not
-- e-mail its customers about changes made before e-mails existed (decision 55).
INSERT OR IGNORE INTO event_cursors ( name, last_id ) SELECT 'emails', COALESCE( MAX( id ), 0 ) FROM events;
