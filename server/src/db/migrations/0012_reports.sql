-- Issue 16: invoices and reports.

-- Invoice numbers (API.md `invoice_number`): given when a payment completes, from one counter row,
-- so they are sequential and never reused (a rolled-back completion rolls its number back too).
ALTER TABLE payments ADD COLUMN invoice_number INTEGER;
CREATE UNIQUE INDEX payments_invoice_number ON payments ( invoice_number );

CREATE TABLE counters (
	name TEXT PRIMARY KEY,
	value INTEGER NOT NULL
) STRICT;

-- Payments completed before this migration are numbered in id order.
UPDATE payments SET invoice_number = numbered.n
	FROM (
		SELECT id, ROW_NUMBER() OVER ( ORDER BY id ) AS n FROM payments
		WHERE status IN ( 'completed', 'refunded' )
	) AS numbered
	WHERE payments.id = numbered.id;

INSERT INTO counters ( name, value )
	SELECT 'invoice_number', COUNT( invoice_number ) FROM payments;

-- The seller's name on invoices.
INSERT INTO settings ( name, value ) VALUES ( 'network_name', 'My Network' )
	ON CONFLICT ( name ) DO NOTHING;

-- RULES B1 over time: each recorded state of a membership adds a row (+1, +its MRR) and takes
-- back its previous state (−1, −the previous MRR), so that at an instant t the MRR is
-- SUM(mrr_delta) and the memberships by status and plan are SUM(count_delta) over rows at <= t.
CREATE TABLE mrr_changes (
	id INTEGER PRIMARY KEY,
	membership_id INTEGER NOT NULL,
	at TEXT NOT NULL,
	plan_id INTEGER NOT NULL,
	status TEXT NOT NULL,
	count_delta INTEGER NOT NULL CHECK ( count_delta IN ( -1, 1 ) ),
	mrr_delta INTEGER NOT NULL
) STRICT;
CREATE INDEX mrr_changes_at ON mrr_changes ( at, mrr_delta, status, plan_id, count_delta );
CREATE INDEX mrr_changes_membership ON mrr_changes ( membership_id, id );

-- The same deltas summed per UTC day, status and plan (written with each row above): an instant's
-- figures are the days before its day plus its own day's rows up to it, so a report reads a few
-- rows per day of history instead of every change (docs/benchmarks.md, (f)).
CREATE TABLE mrr_days (
	day TEXT NOT NULL,
	status TEXT NOT NULL,
	plan_id INTEGER NOT NULL,
	count_delta INTEGER NOT NULL,
	mrr_delta INTEGER NOT NULL,
	PRIMARY KEY ( day, status, plan_id )
) STRICT, WITHOUT ROWID;

-- Reports count events by type over time, sum revenue by completion and credit by line kind.
CREATE INDEX events_type_created ON events ( type, created_at );
CREATE INDEX payments_completed ON payments ( completed_at, total_amount );
CREATE INDEX payment_lines_kind ON payment_lines ( kind, payment_id );
