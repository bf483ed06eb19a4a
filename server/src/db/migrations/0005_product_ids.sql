-- Deleted products' ids are never reused, as WordPress never reuses post ids: products gets
-- INTEGER PRIMARY KEY AUTOINCREMENT (sqlite_sequence keeps the highest id ever given). Of the
-- billing tables only products can be deleted (customers, memberships and payments cannot), so
-- only products is rebuilt. Ids deleted before this migration above the highest id left are not
-- remembered anywhere, so those few may be given once more.
--
-- The rebuild keeps every row, id, reference and index. migrate() runs this file in a
-- transaction with foreign keys on, where PRAGMA foreign_keys cannot change; so, instead of
-- SQLite's rename-based procedure (a rename with foreign keys on rewrites the children's
-- REFERENCES to the old name):
--   1. the rows are copied to a temporary table;
--   2. foreign keys are deferred, so the implicit DELETE of DROP TABLE only counts the
--      memberships, add-ons and items left pointing at no product (checked at COMMIT);
--   3. products is created again under its own name (the children's REFERENCES still name it)
--      and the rows inserted back with their ids, which settles each counted violation;
--   4. the one ON DELETE action on products (payment_lines SET NULL) fired during the DROP, so
--      the lines' product ids are put back from their own copy.
-- tests/server/db/product-ids-migration.test.ts migrates a version-4 database with rows and
-- checks PRAGMA foreign_key_check.

CREATE TEMP TABLE products_0005 AS SELECT * FROM products;
CREATE TEMP TABLE payment_lines_0005 AS SELECT id, product_id FROM payment_lines WHERE product_id IS NOT NULL;

PRAGMA defer_foreign_keys = ON;

DROP TABLE products;

CREATE TABLE products (
	id INTEGER PRIMARY KEY AUTOINCREMENT,
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

INSERT INTO products (
	id, slug, name, description, type, pricing_type, amount, currency, recurring, duration, duration_unit,
	price_variations, setup_fee_amount, trial_duration, trial_duration_unit, active, plan_group, list_order,
	available_addons, stackable, max_quantity, limits, created_at, updated_at
)
SELECT
	id, slug, name, description, type, pricing_type, amount, currency, recurring, duration, duration_unit,
	price_variations, setup_fee_amount, trial_duration, trial_duration_unit, active, plan_group, list_order,
	available_addons, stackable, max_quantity, limits, created_at, updated_at
FROM temp.products_0005 ORDER BY id;

CREATE INDEX products_type_order ON products ( type, list_order );

UPDATE payment_lines
SET product_id = ( SELECT saved.product_id FROM temp.payment_lines_0005 saved WHERE saved.id = payment_lines.id )
WHERE id IN ( SELECT id FROM temp.payment_lines_0005 );

DROP TABLE temp.products_0005;
DROP TABLE temp.payment_lines_0005;
