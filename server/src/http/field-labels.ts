import { __ } from '../i18n';

/**
 * The label each screen shows for a wire field, translated when asked (so the locale of the
 * request is used). Schema messages (schema.ts) name the field by this label; a field not listed
 * is named by its wire name. `data.params` keeps the wire names as keys.
 */
const LABELS: Record< string, () => string > = {
	// Products (admin-ui/src/screens/products/product-form).
	name: () => __( 'Name', 'wu-plan-change' ),
	slug: () => __( 'Slug', 'wu-plan-change' ),
	description: () => __( 'Description', 'wu-plan-change' ),
	type: () => __( 'Product Type', 'wu-plan-change' ),
	pricing_type: () => __( 'Pricing Type', 'wu-plan-change' ),
	amount: () => __( 'Amount', 'wu-plan-change' ),
	currency: () => __( 'Currency', 'wu-plan-change' ),
	recurring: () => __( 'Recurring', 'wu-plan-change' ),
	duration: () => __( 'Billing period', 'wu-plan-change' ),
	duration_unit: () => __( 'Billing period unit', 'wu-plan-change' ),
	price_variations: () => __( 'Price variations', 'wu-plan-change' ),
	setup_fee: () => __( 'Setup fee', 'wu-plan-change' ),
	trial_duration: () => __( 'Trial', 'wu-plan-change' ),
	trial_duration_unit: () => __( 'Trial unit', 'wu-plan-change' ),
	active: () => __( 'Active', 'wu-plan-change' ),
	group: () => __( 'Plan Group', 'wu-plan-change' ),
	list_order: () => __( 'Product Order', 'wu-plan-change' ),
	available_addons: () => __( 'Offer Add-ons', 'wu-plan-change' ),
	stackable: () => __( 'Stackable', 'wu-plan-change' ),
	max_quantity: () => __( 'Maximum quantity', 'wu-plan-change' ),
	limits: () => __( 'Limits', 'wu-plan-change' ),
	// Customers (admin-ui/src/screens/customers).
	username: () => __( 'Username', 'wu-plan-change' ),
	email: () => __( 'Email', 'wu-plan-change' ),
	display_name: () => __( 'Display name', 'wu-plan-change' ),
	password: () => __( 'Password', 'wu-plan-change' ),
	// Memberships and sites.
	customer_id: () => __( 'Customer', 'wu-plan-change' ),
	customer: () => __( 'Customer', 'wu-plan-change' ),
	plan_id: () => __( 'Plan', 'wu-plan-change' ),
	plan: () => __( 'Plan', 'wu-plan-change' ),
	status: () => __( 'Status', 'wu-plan-change' ),
	auto_renew: () => __( 'Auto-renew', 'wu-plan-change' ),
	trial_end: () => __( 'Trial end', 'wu-plan-change' ),
	membership_id: () => __( 'Membership', 'wu-plan-change' ),
	membership: () => __( 'Membership', 'wu-plan-change' ),
	title: () => __( 'Site title', 'wu-plan-change' ),
	path: () => __( 'Site path', 'wu-plan-change' ),
	payment_method: () => __( 'Payment method', 'wu-plan-change' ),
	addons: () => __( 'Add-ons', 'wu-plan-change' ),
	period_start: () => __( 'Period start', 'wu-plan-change' ),
	period_end: () => __( 'Period end', 'wu-plan-change' ),
	current_password: () => __( 'Current password', 'wu-plan-change' ),
	locale: () => __( 'Language', 'wu-plan-change' ),
	quote_id: () => __( 'Quote', 'wu-plan-change' ),
	// Webhooks (admin-ui/src/screens/webhooks).
	url: () => __( 'URL', 'wu-plan-change' ),
	events: () => __( 'Event types', 'wu-plan-change' ),
	// Ending and money back (membership, payment and customer screens).
	when: () => __( 'When', 'wu-plan-change' ),
	refund: () => __( 'Refund', 'wu-plan-change' ),
	reason: () => __( 'Reason', 'wu-plan-change' ),
	refund_to: () => __( 'Refund to', 'wu-plan-change' ),
	// Reports (admin-ui/src/screens/reports).
	metric: () => __( 'Metric', 'wu-plan-change' ),
	from: () => __( 'From', 'wu-plan-change' ),
	to: () => __( 'To', 'wu-plan-change' ),
	interval: () => __( 'Interval', 'wu-plan-change' ),
	at: () => __( 'Instant', 'wu-plan-change' ),
	// Collections.
	search: () => __( 'Search', 'wu-plan-change' ),
	page: () => __( 'Page', 'wu-plan-change' ),
	per_page: () => __( 'Items per page', 'wu-plan-change' ),
	renewal_error: () => __( 'Renewal error', 'wu-plan-change' ),
	orderby: () => __( 'Sort by', 'wu-plan-change' ),
	order: () => __( 'Sort order', 'wu-plan-change' ),
};

/** The translated label of a wire field as the screens show it, or the field name itself. */
export function fieldLabel( field: string ): string {
	return Object.hasOwn( LABELS, field ) ? LABELS[ field ]() : field;
}
