-- The billing engine: catalogue, customers, memberships, payments, wallet, quotes,
-- idempotency keys and sites. Money is INTEGER minor units beside a currency column;
-- instants are TEXT ISO 8601 UTC ending in Z. JSON columns hold small value lists that
-- are always read and written whole with their row.

-- Network settings (RULES C5: one billing currency, USD by default).
CREATE TABLE settings (
	name TEXT PRIMARY KEY,
	value TEXT NOT NULL
) STRICT;

INSERT INTO settings ( name, value ) VALUES ( 'currency', 'USD' );

-- The catalogue (API.md Product). price_variations, available_addons and limits are JSON.
CREATE TABLE products (
	id INTEGER PRIMARY KEY,
	slug TEXT NOT NULL UNIQUE,
	name TEXT NOT NULL,
	description TEXT NOT NULL DEFAULT '',
	type TEXT NOT NULL CHECK ( type IN ( 'plan', 'package', 'service' ) ),
	pricing_type TEXT NOT NULL CHECK ( pricing_type IN ( 'paid', 'free', 'contact_us' ) ),
	amount INTEGER NOT NULL CHECK ( amount >= 0 ),
	currency TEXT NOT NULL,
	recurring INTEGER NOT NULL CHECK ( recurring IN ( 0, 1 ) ),
	duration INTEGER NOT NULL CHECK ( duration >= 1 ),
	duration_unit TEXT NOT NULL CHECK ( duration_unit IN ( 'day', 'week', 'month', 'year' ) ),
	price_variations TEXT NOT NULL DEFAULT '[]',
	setup_fee_amount INTEGER NOT NULL DEFAULT 0 CHECK ( setup_fee_amount >= 0 ),
	trial_duration INTEGER NOT NULL DEFAULT 0 CHECK ( trial_duration >= 0 ),
	trial_duration_unit TEXT NOT NULL DEFAULT 'day' CHECK ( trial_duration_unit IN ( 'day', 'week', 'month', 'year' ) ),
	active INTEGER NOT NULL DEFAULT 1 CHECK ( active IN ( 0, 1 ) ),
	plan_group TEXT NOT NULL DEFAULT '',
	list_order INTEGER NOT NULL DEFAULT 0,
	available_addons TEXT NOT NULL DEFAULT '[]',
	stackable INTEGER NOT NULL DEFAULT 0 CHECK ( stackable IN ( 0, 1 ) ),
	max_quantity INTEGER NOT NULL DEFAULT 1 CHECK ( max_quantity >= 1 ),
	limits TEXT NOT NULL DEFAULT '{}',
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX products_type_order ON products ( type, list_order );

-- A customer is a user who buys; the saved card is a gateway reference, never a card number
-- of a real gateway (the test gateway's reference names its test card).
CREATE TABLE customers (
	id INTEGER PRIMARY KEY,
	user_id INTEGER NOT NULL UNIQUE REFERENCES users ( id ) ON DELETE CASCADE,
	card_reference TEXT,
	card_last4 TEXT,
	created_at TEXT NOT NULL
) STRICT;

-- A membership: the current plan, period and add-ons; retry bookkeeping for on-hold (R2);
-- the scheduled change (K8) in its own columns, its add-ons as JSON.
CREATE TABLE memberships (
	id INTEGER PRIMARY KEY,
	customer_id INTEGER NOT NULL REFERENCES customers ( id ),
	status TEXT NOT NULL CHECK ( status IN ( 'pending', 'trialing', 'active', 'on-hold', 'expired', 'cancelled' ) ),
	plan_id INTEGER NOT NULL REFERENCES products ( id ),
	duration INTEGER NOT NULL CHECK ( duration >= 1 ),
	duration_unit TEXT NOT NULL CHECK ( duration_unit IN ( 'day', 'week', 'month', 'year' ) ),
	currency TEXT NOT NULL,
	period_start_at TEXT NOT NULL,
	period_end_at TEXT,
	anchor_day INTEGER NOT NULL CHECK ( anchor_day BETWEEN 1 AND 31 ),
	trial_end_at TEXT,
	auto_renew INTEGER NOT NULL CHECK ( auto_renew IN ( 0, 1 ) ),
	scheduled_effective_at TEXT,
	scheduled_plan_id INTEGER REFERENCES products ( id ),
	scheduled_duration INTEGER,
	scheduled_duration_unit TEXT,
	scheduled_addons TEXT,
	version INTEGER NOT NULL DEFAULT 1,
	renewal_failed_at TEXT,
	renewal_attempts INTEGER NOT NULL DEFAULT 0,
	next_retry_at TEXT,
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX memberships_customer ON memberships ( customer_id );
CREATE INDEX memberships_due ON memberships ( status, period_end_at );

-- The add-ons a membership holds (API.md addons).
CREATE TABLE membership_addons (
	membership_id INTEGER NOT NULL REFERENCES memberships ( id ) ON DELETE CASCADE,
	product_id INTEGER NOT NULL REFERENCES products ( id ),
	quantity INTEGER NOT NULL CHECK ( quantity >= 1 ),
	PRIMARY KEY ( membership_id, product_id )
) STRICT;

-- What was charged for each item of the current period (RULES §5), for proration credits.
CREATE TABLE membership_items (
	id INTEGER PRIMARY KEY,
	membership_id INTEGER NOT NULL REFERENCES memberships ( id ) ON DELETE CASCADE,
	position INTEGER NOT NULL,
	product_id INTEGER NOT NULL REFERENCES products ( id ),
	quantity INTEGER NOT NULL,
	value_amount INTEGER NOT NULL,
	covered_days INTEGER NOT NULL,
	recurring INTEGER NOT NULL CHECK ( recurring IN ( 0, 1 ) )
) STRICT;

CREATE INDEX membership_items_membership ON membership_items ( membership_id, position );

CREATE TABLE payments (
	id INTEGER PRIMARY KEY,
	customer_id INTEGER NOT NULL REFERENCES customers ( id ),
	membership_id INTEGER REFERENCES memberships ( id ),
	status TEXT NOT NULL CHECK ( status IN ( 'pending', 'completed', 'failed', 'refunded' ) ),
	kind TEXT NOT NULL CHECK ( kind IN ( 'initial', 'change', 'renewal' ) ),
	total_amount INTEGER NOT NULL,
	currency TEXT NOT NULL,
	gateway TEXT NOT NULL,
	quote_id TEXT,
	failure_message TEXT,
	created_at TEXT NOT NULL,
	completed_at TEXT
) STRICT;

CREATE INDEX payments_customer ON payments ( customer_id );
CREATE INDEX payments_membership ON payments ( membership_id );

CREATE TABLE payment_lines (
	id INTEGER PRIMARY KEY,
	payment_id INTEGER NOT NULL REFERENCES payments ( id ) ON DELETE CASCADE,
	position INTEGER NOT NULL,
	kind TEXT NOT NULL,
	product_id INTEGER REFERENCES products ( id ) ON DELETE SET NULL,
	description TEXT NOT NULL,
	quantity INTEGER NOT NULL,
	unit_amount INTEGER NOT NULL,
	amount INTEGER NOT NULL
) STRICT;

CREATE INDEX payment_lines_payment ON payment_lines ( payment_id, position );

-- The wallet is this ledger (RULES W3): the balance is SUM(amount), never a counter.
CREATE TABLE wallet_ledger (
	id INTEGER PRIMARY KEY,
	customer_id INTEGER NOT NULL REFERENCES customers ( id ),
	amount INTEGER NOT NULL,
	currency TEXT NOT NULL,
	reason TEXT NOT NULL,
	payment_id INTEGER REFERENCES payments ( id ),
	created_at TEXT NOT NULL
) STRICT;

CREATE INDEX wallet_ledger_customer ON wallet_ledger ( customer_id );

-- Quotes pinned to an instant and a membership version (RULES Q2). quote is the domain
-- Quote as JSON; status open → pending (manual payment) → paid.
CREATE TABLE quotes (
	id TEXT PRIMARY KEY,
	membership_id INTEGER NOT NULL REFERENCES memberships ( id ) ON DELETE CASCADE,
	user_id INTEGER NOT NULL REFERENCES users ( id ),
	membership_version INTEGER NOT NULL,
	due_now_amount INTEGER NOT NULL,
	currency TEXT NOT NULL,
	status TEXT NOT NULL DEFAULT 'open' CHECK ( status IN ( 'open', 'pending', 'paid' ) ),
	payment_id INTEGER REFERENCES payments ( id ),
	quote TEXT NOT NULL,
	created_at TEXT NOT NULL,
	expires_at TEXT NOT NULL
) STRICT;

CREATE INDEX quotes_membership ON quotes ( membership_id );

-- Answers of idempotent requests (RULES Q3): one per user and key.
CREATE TABLE idempotency_keys (
	id INTEGER PRIMARY KEY,
	user_id INTEGER NOT NULL REFERENCES users ( id ) ON DELETE CASCADE,
	idempotency_key TEXT NOT NULL,
	request_hash TEXT NOT NULL,
	response_status INTEGER NOT NULL,
	response_body TEXT NOT NULL,
	created_at TEXT NOT NULL,
	UNIQUE ( user_id, idempotency_key )
) STRICT;

-- Sites of a membership with their usage (visits: this calendar month). Migration 0003
-- adds visit ingestion and enforcement.
CREATE TABLE sites (
	id INTEGER PRIMARY KEY,
	membership_id INTEGER NOT NULL REFERENCES memberships ( id ),
	title TEXT NOT NULL,
	path TEXT NOT NULL UNIQUE,
	posts TEXT NOT NULL DEFAULT '{}',
	disk_space INTEGER NOT NULL DEFAULT 0 CHECK ( disk_space >= 0 ),
	users INTEGER NOT NULL DEFAULT 0 CHECK ( users >= 0 ),
	custom_domains INTEGER NOT NULL DEFAULT 0 CHECK ( custom_domains >= 0 ),
	visits INTEGER NOT NULL DEFAULT 0 CHECK ( visits >= 0 ),
	created_at TEXT NOT NULL,
	updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX sites_membership ON sites ( membership_id );
