-- RULES B2, issue 15: the outbox. One row per change, written in the change's transaction; ids
-- increase, so "events after id N" is a stable cursor for webhooks, e-mails and reports.
CREATE TABLE events (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	type TEXT NOT NULL,
	created_at TEXT NOT NULL,
	object_type TEXT NOT NULL,
	object_id INTEGER NOT NULL,
	customer_id INTEGER,
	data TEXT NOT NULL
);
CREATE INDEX events_type ON events ( type, id );
CREATE INDEX events_object ON events ( object_type, object_id, id );
CREATE INDEX events_customer ON events ( customer_id, id );

-- Where each consumer of the outbox (webhook fan-out, e-mails, …) has read up to; advanced in the
-- transaction that handles the events, so each event is handled once per consumer.
CREATE TABLE event_cursors (
	name TEXT PRIMARY KEY,
	last_id INTEGER NOT NULL
);
