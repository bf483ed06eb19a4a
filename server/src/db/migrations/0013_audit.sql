-- Issue 16: who changed what. One row per change made through the API (or by a job: actor NULL,
-- "system"), written in the change's transaction. A change that is an event names it (event_id)
-- and keeps no copy: before and after are that event's object and the one of the previous event
-- about the same object. Other changes keep their before and after in their wire form.
CREATE TABLE audit_log (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	at TEXT NOT NULL,
	actor_id INTEGER,
	actor_username TEXT,
	action TEXT NOT NULL,
	object_type TEXT NOT NULL,
	object_id INTEGER NOT NULL,
	before TEXT,
	after TEXT,
	event_id INTEGER REFERENCES events ( id )
);
CREATE INDEX audit_object ON audit_log ( object_type, object_id, id );
CREATE INDEX audit_actor ON audit_log ( actor_id, id );
