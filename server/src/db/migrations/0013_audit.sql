-- Issue 16: who changed what. One row per change made through the API (or by a job: actor NULL,
-- "system"), with the object before and after it in its wire form; written in the change's
-- transaction.
CREATE TABLE audit_log (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
	at TEXT NOT NULL,
	actor_id INTEGER,
	actor_username TEXT,
	action TEXT NOT NULL,
	object_type TEXT NOT NULL,
	object_id INTEGER NOT NULL,
	before TEXT,
	after TEXT
);
CREATE INDEX audit_object ON audit_log ( object_type, object_id, id );
CREATE INDEX audit_actor ON audit_log ( actor_id, id );
