-- The admin lists (issue 12): prefix search on display names (usernames and emails have their
-- NOCASE unique indexes), memberships by plan (filter and plan-name search), payments by status.
CREATE INDEX users_display_name ON users ( display_name COLLATE NOCASE );
CREATE INDEX memberships_plan ON memberships ( plan_id );
CREATE INDEX payments_status ON payments ( status );
