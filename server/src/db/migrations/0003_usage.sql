-- Metering and enforcement of limits (RULES L1–L3).
--
-- Unique visits: one row per visitor per site per calendar month (UTC). The visitor is kept
-- only as the first 16 bytes of its SHA-256, so the table holds no raw identifier. WITHOUT
-- ROWID: the primary key is the table, and INSERT OR IGNORE on it is the uniqueness check.
CREATE TABLE site_visits (
	site_id INTEGER NOT NULL REFERENCES sites ( id ) ON DELETE CASCADE,
	month TEXT NOT NULL CHECK ( length( month ) = 7 ),
	visitor_hash BLOB NOT NULL,
	PRIMARY KEY ( site_id, month, visitor_hash )
) STRICT, WITHOUT ROWID;

-- The number of rows of site_visits per site and month, kept in step in the same
-- transaction as the inserts (services/record-visits.ts), so that checks read one row.
CREATE TABLE site_visit_counts (
	site_id INTEGER NOT NULL REFERENCES sites ( id ) ON DELETE CASCADE,
	month TEXT NOT NULL CHECK ( length( month ) = 7 ),
	visits INTEGER NOT NULL CHECK ( visits >= 0 ),
	PRIMARY KEY ( site_id, month )
) STRICT, WITHOUT ROWID;

-- Overrides (RULES L2): each key given replaces the merged value of the plan and add-ons.
-- limits is a Limits object as JSON (API.md Product limits); a site's override applies on
-- top of its membership's effective limits. Set by the network admin only.
CREATE TABLE membership_limit_overrides (
	membership_id INTEGER PRIMARY KEY REFERENCES memberships ( id ) ON DELETE CASCADE,
	limits TEXT NOT NULL,
	updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE site_limit_overrides (
	site_id INTEGER PRIMARY KEY REFERENCES sites ( id ) ON DELETE CASCADE,
	limits TEXT NOT NULL,
	updated_at TEXT NOT NULL
) STRICT;
