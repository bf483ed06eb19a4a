-- Renewals that cannot be processed, and instants the due-renewals query can trust (RULES M6, R5).
--
-- A renewal that could not be processed (bad data, a gateway error, any thrown error) is recorded
-- on its membership: when and why. The job skips such a membership until the network admin
-- repairs it (PUT /memberships/{id} clears it) or a renewal payment succeeds.
ALTER TABLE memberships ADD COLUMN renewal_error_at TEXT;
ALTER TABLE memberships ADD COLUMN renewal_error_message TEXT;

-- Rows written before this migration with an instant SQL cannot compare as text (a year outside
-- 1000-9999 is written "+012026-..." and sorts before every other instant) are recorded as renewal
-- errors with no message (the repository words it), so the job leaves them alone and the admin
-- sees what to repair.
UPDATE memberships SET renewal_error_at = strftime( '%Y-%m-%dT%H:%M:%fZ', 'now' )
WHERE ( period_start_at IS NOT NULL AND ( length( period_start_at ) <> 24 OR period_start_at < '1000' OR strftime( '%Y-%m-%dT%H:%M:%fZ', period_start_at ) IS NOT period_start_at ) )
	OR ( period_end_at IS NOT NULL AND ( length( period_end_at ) <> 24 OR period_end_at < '1000' OR strftime( '%Y-%m-%dT%H:%M:%fZ', period_end_at ) IS NOT period_end_at ) )
	OR ( trial_end_at IS NOT NULL AND ( length( trial_end_at ) <> 24 OR trial_end_at < '1000' OR strftime( '%Y-%m-%dT%H:%M:%fZ', trial_end_at ) IS NOT trial_end_at ) )
	OR ( scheduled_effective_at IS NOT NULL AND ( length( scheduled_effective_at ) <> 24 OR scheduled_effective_at < '1000' OR strftime( '%Y-%m-%dT%H:%M:%fZ', scheduled_effective_at ) IS NOT scheduled_effective_at ) )
	OR ( next_retry_at IS NOT NULL AND ( length( next_retry_at ) <> 24 OR next_retry_at < '1000' OR strftime( '%Y-%m-%dT%H:%M:%fZ', next_retry_at ) IS NOT next_retry_at ) );

-- From now on the table itself refuses such instants: SQLite cannot add a CHECK to an existing
-- column, so these triggers are the CHECK. An instant written is in exactly the fixed-width form
-- YYYY-MM-DDTHH:MM:SS.sssZ of a real date of the years 1000-9999 (db/instants.ts storeInstant),
-- which makes the text comparisons of the due-renewals query exact. An update checks the values
-- it changes, so a row flagged above can still be repaired one column at a time.
CREATE TRIGGER memberships_instants_insert BEFORE INSERT ON memberships
WHEN ( NEW.period_start_at IS NOT NULL AND ( length( NEW.period_start_at ) <> 24 OR NEW.period_start_at < '1000' OR strftime( '%Y-%m-%dT%H:%M:%fZ', NEW.period_start_at ) IS NOT NEW.period_start_at ) )
	OR ( NEW.period_end_at IS NOT NULL AND ( length( NEW.period_end_at ) <> 24 OR NEW.period_end_at < '1000' OR strftime( '%Y-%m-%dT%H:%M:%fZ', NEW.period_end_at ) IS NOT NEW.period_end_at ) )
	OR ( NEW.trial_end_at IS NOT NULL AND ( length( NEW.trial_end_at ) <> 24 OR NEW.trial_end_at < '1000' OR strftime( '%Y-%m-%dT%H:%M:%fZ', NEW.trial_end_at ) IS NOT NEW.trial_end_at ) )
BEGIN
	SELECT RAISE( ABORT, 'memberships: an instant is not YYYY-MM-DDTHH:MM:SS.sssZ of the years 1000-9999' );
END;

CREATE TRIGGER memberships_instants_update BEFORE UPDATE OF period_start_at, period_end_at, trial_end_at, scheduled_effective_at, next_retry_at, renewal_failed_at, renewal_error_at ON memberships
WHEN ( NEW.period_start_at IS NOT OLD.period_start_at AND ( NEW.period_start_at IS NOT NULL AND ( length( NEW.period_start_at ) <> 24 OR NEW.period_start_at < '1000' OR strftime( '%Y-%m-%dT%H:%M:%fZ', NEW.period_start_at ) IS NOT NEW.period_start_at ) ) )
	OR ( NEW.period_end_at IS NOT OLD.period_end_at AND ( NEW.period_end_at IS NOT NULL AND ( length( NEW.period_end_at ) <> 24 OR NEW.period_end_at < '1000' OR strftime( '%Y-%m-%dT%H:%M:%fZ', NEW.period_end_at ) IS NOT NEW.period_end_at ) ) )
	OR ( NEW.trial_end_at IS NOT OLD.trial_end_at AND ( NEW.trial_end_at IS NOT NULL AND ( length( NEW.trial_end_at ) <> 24 OR NEW.trial_end_at < '1000' OR strftime( '%Y-%m-%dT%H:%M:%fZ', NEW.trial_end_at ) IS NOT NEW.trial_end_at ) ) )
	OR ( NEW.scheduled_effective_at IS NOT OLD.scheduled_effective_at AND ( NEW.scheduled_effective_at IS NOT NULL AND ( length( NEW.scheduled_effective_at ) <> 24 OR NEW.scheduled_effective_at < '1000' OR strftime( '%Y-%m-%dT%H:%M:%fZ', NEW.scheduled_effective_at ) IS NOT NEW.scheduled_effective_at ) ) )
	OR ( NEW.next_retry_at IS NOT OLD.next_retry_at AND ( NEW.next_retry_at IS NOT NULL AND ( length( NEW.next_retry_at ) <> 24 OR NEW.next_retry_at < '1000' OR strftime( '%Y-%m-%dT%H:%M:%fZ', NEW.next_retry_at ) IS NOT NEW.next_retry_at ) ) )
	OR ( NEW.renewal_failed_at IS NOT OLD.renewal_failed_at AND ( NEW.renewal_failed_at IS NOT NULL AND ( length( NEW.renewal_failed_at ) <> 24 OR NEW.renewal_failed_at < '1000' OR strftime( '%Y-%m-%dT%H:%M:%fZ', NEW.renewal_failed_at ) IS NOT NEW.renewal_failed_at ) ) )
	OR ( NEW.renewal_error_at IS NOT OLD.renewal_error_at AND ( NEW.renewal_error_at IS NOT NULL AND ( length( NEW.renewal_error_at ) <> 24 OR NEW.renewal_error_at < '1000' OR strftime( '%Y-%m-%dT%H:%M:%fZ', NEW.renewal_error_at ) IS NOT NEW.renewal_error_at ) ) )
BEGIN
	SELECT RAISE( ABORT, 'memberships: an instant is not YYYY-MM-DDTHH:MM:SS.sssZ of the years 1000-9999' );
END;

-- The retries of on-hold memberships are found by an index too, like the period ends.
CREATE INDEX memberships_retry_due ON memberships ( status, next_retry_at );
