-- Ending and money back (RULES §11, issue 16).
--
-- X1: a cancellation at the period end is `cancel_at` (the instant the membership ends, its period
-- end when asked) with who asked and when; undoing it clears the three. When the membership ends
-- (at `cancel_at` by the period-end job, or at once, X2) `cancel_at` is cleared and `cancelled_at`
-- records when it ended.
ALTER TABLE memberships ADD COLUMN cancel_at TEXT;
ALTER TABLE memberships ADD COLUMN cancel_requested_at TEXT;
ALTER TABLE memberships ADD COLUMN cancel_requested_by INTEGER REFERENCES users ( id );
ALTER TABLE memberships ADD COLUMN cancelled_at TEXT;

-- X3: every refund is its own row against one payment (the payment itself is never edited):
-- what is left of a payment is its total less the sum of its refunds; `to_target` says where the
-- money went (the card it was paid with, through the gateway, or the customer's wallet);
-- `gateway_reference` is the gateway's id of a card refund; `cancelled_membership_id` names the
-- membership whose cancellation (X2) made it, if any.
CREATE TABLE refunds (
	id INTEGER PRIMARY KEY,
	payment_id INTEGER NOT NULL REFERENCES payments ( id ),
	amount INTEGER NOT NULL CHECK ( amount > 0 ),
	currency TEXT NOT NULL,
	to_target TEXT NOT NULL CHECK ( to_target IN ( 'card', 'wallet' ) ),
	reason TEXT NOT NULL DEFAULT '',
	idempotency_key TEXT,
	actor_user_id INTEGER REFERENCES users ( id ),
	gateway_reference TEXT,
	cancelled_membership_id INTEGER REFERENCES memberships ( id ),
	created_at TEXT NOT NULL
) STRICT;

CREATE INDEX refunds_payment ON refunds ( payment_id, id );

-- X4: a wallet entry made by hand names the admin who made it (the ledger shows their name);
-- entries of the billing engine have none.
ALTER TABLE wallet_ledger ADD COLUMN actor_user_id INTEGER REFERENCES users ( id );
