-- Issue 15: webhook endpoints and their delivery log. An endpoint receives the events after
-- `after_event_id` (the newest when it was registered) whose type is in `events` (a JSON list, or
-- ["*"]). Each attempt to send one event to one endpoint is a row: the dispatcher claims the
-- oldest pending row of an endpoint (event order per endpoint) by setting `claimed_until` (a
-- lease, in real time) in one UPDATE, sends it, and records the answer; a failed attempt that
-- will be retried leaves a new pending row with the next attempt number.
CREATE TABLE webhooks (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	url TEXT NOT NULL,
	events TEXT NOT NULL,
	active INTEGER NOT NULL CHECK ( active IN ( 0, 1 ) ),
	secret TEXT NOT NULL,
	after_event_id INTEGER NOT NULL,
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE webhook_deliveries (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	webhook_id INTEGER NOT NULL REFERENCES webhooks ( id ) ON DELETE CASCADE,
	event_id INTEGER NOT NULL REFERENCES events ( id ),
	attempt INTEGER NOT NULL CHECK ( attempt >= 1 ),
	-- Retries before this attempt since the first try or the admin's resend (the retry schedule's position).
	retry INTEGER NOT NULL DEFAULT 0 CHECK ( retry >= 0 ),
	status TEXT NOT NULL CHECK ( status IN ( 'pending', 'succeeded', 'failed' ) ),
	response_code INTEGER,
	error TEXT,
	-- Real time (never the test clock): when the attempt may be sent, who holds it until when,
	-- and when it was made (its creation while pending).
	next_attempt_at TEXT NOT NULL,
	claimed_until TEXT,
	claimed_by TEXT,
	at TEXT NOT NULL
) STRICT;
CREATE INDEX webhook_deliveries_queue ON webhook_deliveries ( status, webhook_id, event_id, id );
CREATE INDEX webhook_deliveries_log ON webhook_deliveries ( webhook_id, id );
