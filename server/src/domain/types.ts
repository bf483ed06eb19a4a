/**
 * Domain values of the plan-change engine. Money is always an integer in the
 * currency's minor units; instants are ISO 8601 UTC strings ending in `Z`.
 * This file is the contract between the pure domain and the services around it.
 */

export type DurationUnit = 'day' | 'week' | 'month' | 'year';
export type ProductType = 'plan' | 'package' | 'service';
export type PricingType = 'paid' | 'free' | 'contact_us';
export type MembershipStatus =
	'pending' | 'trialing' | 'active' | 'on-hold' | 'expired' | 'cancelled';
export type ChangeType = 'upgrade' | 'downgrade' | 'addon';

/** A limit value: a number, or no limit at all. */
export type LimitValue = number | 'unlimited';

/** Limits of a product, a membership or a site; a package lists only what it changes (RULES L1). */
export interface Limits {
	sites?: LimitValue;
	visits?: LimitValue;
	/** Megabytes. */
	disk_space?: LimitValue;
	users?: LimitValue;
	custom_domains?: LimitValue;
	/** Per post type, e.g. `{ post: 100, page: 'unlimited' }`. */
	posts?: Record< string, LimitValue >;
}

/** A billing period length. */
export interface Period {
	duration: number;
	durationUnit: DurationUnit;
}

/** Another period of a product with its own amount (RULES C2). */
export interface PriceVariation extends Period {
	/** Minor units. */
	amount: number;
}

export interface Product extends Period {
	id: number;
	slug: string;
	name: string;
	description: string;
	type: ProductType;
	pricingType: PricingType;
	/** Minor units, for one unit over `duration` × `durationUnit`. */
	amount: number;
	currency: string;
	recurring: boolean;
	priceVariations: PriceVariation[];
	/** Minor units. */
	setupFee: number;
	trialDuration: number;
	trialDurationUnit: DurationUnit;
	active: boolean;
	/** The Plan Group; '' for none. */
	group: string;
	/** The Product Order; lowest first. */
	listOrder: number;
	/** The Offer Add-ons: ids of packages and services. */
	availableAddons: number[];
	stackable: boolean;
	maxQuantity: number;
	limits: Limits;
}

export interface AddonQuantity {
	productId: number;
	quantity: number;
}

/**
 * What a membership holds for its current period, with the value charged for
 * it (RULES §5): list price × quantity, or the prorated price when bought mid-period.
 */
export interface MembershipItem {
	productId: number;
	quantity: number;
	/** Minor units charged for this item for the current period, before credits. */
	value: number;
	/** Whole days that `value` covers (the item's own span within the period). */
	coveredDays: number;
	/** False for a one-time (lifetime) purchase, which credits its whole value. */
	recurring: boolean;
}

export interface ScheduledChange extends Period {
	effectiveAt: string;
	planId: number;
	addons: AddonQuantity[];
}

export interface Membership extends Period {
	id: number;
	customerId: number;
	status: MembershipStatus;
	planId: number;
	addons: AddonQuantity[];
	currency: string;
	/** Half-open [periodStart, periodEnd); periodEnd null for a lifetime plan. */
	periodStart: string;
	periodEnd: string | null;
	/** Day of month the periods keep (1–31), RULES M4. */
	anchorDay: number;
	trialEnd: string | null;
	autoRenew: boolean;
	scheduledChange: ScheduledChange | null;
	/** When a cancellation asked for at the period end takes effect (RULES X1); null when none is pending. */
	cancelAt: string | null;
	/** When the membership ended by a cancellation (X1 at the period end, X2 now); null otherwise. */
	cancelledAt: string | null;
	version: number;
	items: MembershipItem[];
}

/** A change request: the whole wanted state after the change (RULES §4). */
export interface ChangeTarget extends Period {
	planId: number;
	addons: AddonQuantity[];
}

export type QuoteLineKind =
	'plan' | 'addon' | 'setup_fee' | 'proration_credit' | 'wallet_credit';

export interface QuoteLine {
	kind: QuoteLineKind;
	productId: number | null;
	description: string;
	quantity: number;
	/** Minor units. */
	unitAmount: number;
	/** Minor units; negative for credits. */
	amount: number;
}

/** A piece of a quote's explanation: text, an amount of money (minor units), or an instant to show as a date. */
export type ExplanationPart =
	| { text: string }
	| { money: { amount: number; currency: string } }
	| { date: string };

export interface NextCharge {
	date: string;
	/** Minor units. */
	amount: number;
}

export interface Quote {
	membershipId: number;
	membershipVersion: number;
	type: ChangeType;
	createdAt: string;
	expiresAt: string;
	effectiveAt: string;
	currency: string;
	lines: QuoteLine[];
	/** Σ lines before the wallet, minor units (may be negative: excess credit, RULES W1). */
	total: number;
	walletUsed: number;
	dueNow: number;
	walletAfter: number;
	nextCharge: NextCharge | null;
	/** Add-on product ids that the change removes (RULES K11). */
	removes: number[];
	explanation: string;
	/** The same explanation in parts, for screens to format money and dates in their locale. */
	explanationParts: ExplanationPart[];
	target: ChangeTarget;
	/** Limits the usage exceeds once the change is in force (RULES L4): what to remove by `effectiveAt`; empty or absent when none. */
	overLimits?: OverLimit[];
	/** Who applied an immediate change over the limits, and when (the network admin only, decision "Over-limit changes"). */
	overLimitsApproval?: { userId: number; name: string; at: string };
}

/** One limit the usage exceeds; snake_case because it is the wire shape of `wu_over_limit` data (API.md). */
export interface OverLimit {
	/** 'sites', 'disk_space', 'users', 'custom_domains' or 'posts'. */
	limit: string;
	post_type?: string;
	site_id?: number;
	usage: number;
	new_limit: number;
	/** usage − new_limit: how much the customer must remove. */
	must_remove: number;
}
