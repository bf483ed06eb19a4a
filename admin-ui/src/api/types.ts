/** Wire types of the wu/v2 REST API (API.md), snake_case as sent. Money in minor units. */

export type DurationUnit = 'day' | 'week' | 'month' | 'year';
export type LimitValue = number | 'unlimited';

export interface WireLimits {
	sites?: LimitValue;
	visits?: LimitValue;
	disk_space?: LimitValue;
	users?: LimitValue;
	custom_domains?: LimitValue;
	posts?: Record< string, LimitValue >;
}

export interface PriceVariation {
	duration: number;
	duration_unit: DurationUnit;
	amount: number;
}

export interface Product {
	id: number;
	slug: string;
	name: string;
	description: string;
	type: 'plan' | 'package' | 'service';
	pricing_type: 'paid' | 'free' | 'contact_us';
	amount: number;
	currency: string;
	recurring: boolean;
	duration: number;
	duration_unit: DurationUnit;
	price_variations: PriceVariation[];
	setup_fee: number;
	trial_duration: number;
	trial_duration_unit: DurationUnit;
	active: boolean;
	group: string;
	list_order: number;
	available_addons: number[];
	stackable: boolean;
	max_quantity: number;
	limits: WireLimits;
}

export interface AddonQuantity {
	product_id: number;
	quantity: number;
}

export interface ScheduledChange {
	effective_at: string;
	plan_id: number;
	duration: number;
	duration_unit: DurationUnit;
	addons: AddonQuantity[];
	/** What renews after the change, minor units (before any existing credit). */
	amount?: number;
}

export type MembershipStatus =
	'pending' | 'trialing' | 'active' | 'on-hold' | 'expired' | 'cancelled';

export interface Membership {
	id: number;
	customer_id: number;
	status: MembershipStatus;
	plan_id: number;
	duration: number;
	duration_unit: DurationUnit;
	addons: AddonQuantity[];
	amount: number;
	currency: string;
	period_start: string;
	period_end: string | null;
	trial_end: string | null;
	auto_renew: boolean;
	scheduled_change: ScheduledChange | null;
	/** A pending cancellation's instant, the period end (RULES X1); null when none is pending. */
	cancel_at?: string | null;
	/** When the membership ended by a cancellation (X1, X2); null otherwise. */
	cancelled_at?: string | null;
	version: number;
	/** On hold only: when the failed renewal is charged again (ISO UTC); null otherwise or after the last retry (RULES R2). */
	next_retry_at?: string | null;
	/** A renewal the job could not process (RULES R5), until the admin repairs the membership; null otherwise. */
	renewal_error?: RenewalError | null;
	/** The customer's display name, sent by the lists (the server names what a list shows). */
	customer_name?: string;
	/** The plan's name, sent by the lists. */
	plan_name?: string;
}

/** Why a membership's renewal could not be processed, and when (ISO UTC). */
export interface RenewalError {
	at: string;
	message: string;
}

export interface Customer {
	id: number;
	username: string;
	email: string;
	display_name: string;
	wallet_balance: number;
	currency?: string;
	/** The saved card for renewals, or null. */
	card?: { brand: string; last4: string } | null;
}

/** A wallet ledger entry (GET /customers/{id}/wallet): positive adds credit, negative spends it. */
export interface WalletEntry {
	id: number;
	amount: number;
	currency: string;
	reason: string;
	payment_id: number | null;
	/** The wallet right after this entry, minor units. */
	balance_after: number;
	/** The network admin who made it by hand (RULES X4); null for the billing engine's. */
	actor?: { id: number; name: string } | null;
	created_at: string;
}

export interface QuoteLine {
	kind: 'plan' | 'addon' | 'setup_fee' | 'proration_credit' | 'wallet_credit';
	product_id: number | null;
	description: string;
	quantity: number;
	unit_amount: number;
	amount: number;
}

export interface Quote {
	id: string;
	membership_id: number;
	type: 'upgrade' | 'downgrade' | 'addon';
	created_at: string;
	expires_at: string;
	effective_at: string;
	currency: string;
	lines: QuoteLine[];
	total: number;
	wallet_used: number;
	due_now: number;
	wallet_after: number;
	next_charge: { date: string; amount: number } | null;
	removes: number[];
	explanation: string;
	/** What usage exceeds once the change is in force (RULES L4): what to remove by `effective_at`. */
	over_limits?: OverLimit[];
	/** The network admin who applied this change now over the limits (`allow_over_limits`). */
	over_limits_approval?: { user_id: number; name: string; at: string };
	/** The explanation in parts, to format money and dates in the user's locale. */
	explanation_parts?: ExplanationPart[];
}

/** A piece of a quote's explanation: text, money in minor units, or an instant shown as a date. */
export type ExplanationPart =
	| { text: string }
	| { money: { amount: number; currency: string } }
	| { date: string };

export interface ChangeTarget {
	plan_id?: number;
	duration?: number;
	duration_unit?: DurationUnit;
	addons?: AddonQuantity[];
}

export interface Payment {
	id: number;
	customer_id: number;
	membership_id: number | null;
	status:
		'pending' | 'completed' | 'failed' | 'refunded' | 'partially_refunded';
	total: number;
	/** Minor units refunded so far (RULES X3). */
	refunded_total?: number;
	/** Its refunds, oldest first (GET /payments/{id} only). */
	refunds?: Refund[];
	currency: string;
	gateway: string;
	lines:
		| QuoteLine[]
		| {
				kind: string;
				product_id: number | null;
				description: string;
				quantity: number;
				unit_amount: number;
				amount: number;
		  }[];
	created_at: string;
	/** When it completed (null before). */
	completed_at?: string | null;
	/** Given when it completes: sequential, never reused (null before). */
	invoice_number?: number | null;
	/** The customer's display name, sent by the list. */
	customer_name?: string;
	/** The membership's plan name, sent by the list. */
	plan_name?: string;
}

/** An e-mail to a customer (GET /emails): both parts as sent, and its sending state. */
export interface Email {
	id: number;
	to: string;
	subject: string;
	text: string;
	html: string;
	created_at: string;
	event_id: number;
	customer_id: number;
	kind:
		| 'receipt'
		| 'plan_changed'
		| 'downgrade_scheduled'
		| 'renewal_failed'
		| 'membership_cancelled';
	locale: string;
	status: 'kept' | 'queued' | 'sent' | 'failed';
	attempts: number;
	sent_at: string | null;
	error: string | null;
}

export interface SiteUsage {
	posts?: Record< string, number >;
	disk_space?: number;
	users?: number;
	custom_domains?: number;
	visits?: number;
}

export interface Site {
	id: number;
	membership_id: number;
	title: string;
	path: string;
	usage: SiteUsage;
}

export interface MembershipLimits {
	membership_id?: number;
	limits: Required< WireLimits >;
	sites: {
		site_id: number;
		limits: Required< WireLimits >;
		usage: SiteUsage;
	}[];
}

/** GET /memberships/{id}/options (RULES §3). */
export interface OfferPlan extends Product {
	current: boolean;
}

export interface Options {
	plans: OfferPlan[];
	addons: Product[];
	periods: { duration: number; duration_unit: DurationUnit }[];
	[ key: string ]: unknown;
}

export type OverLimit = {
	limit: string;
	usage: number;
	new_limit: LimitValue;
	must_remove: number;
	site_id?: number;
	post_type?: string;
};

/** A refund of a payment (RULES X3): to the card it was paid with or to the wallet. */
export interface Refund {
	id: number;
	payment_id: number;
	amount: number;
	currency: string;
	to: 'card' | 'wallet';
	reason: string;
	gateway_reference: string | null;
	cancelled_membership_id: number | null;
	actor: { id: number; name: string } | null;
	created_at: string;
}

/** GET /memberships/{id}/cancel: what a cancellation would do now (minor units). */
export interface CancelPreview {
	membership_id: number;
	period_end: string | null;
	cancel_at: string | null;
	/** The unused part, K7's proration credit (RULES X2). */
	unused_amount: number;
	/** Of it, what card payments can take back; the rest goes to the wallet. */
	card_amount: number;
	currency: string;
	drops_scheduled_change: boolean;
}
