import { recurringTotal } from '../domain/recurring-total';
import type { EffectiveLimits } from '../domain/merge-limits';
import type { Offer } from '../domain/offer';
import type {
	AddonQuantity,
	ExplanationPart,
	Membership,
	Product,
	Quote,
	QuoteLine,
} from '../domain/types';
import type { Customer } from '../domain/customer';
import type { RenewalError, RetryState } from '../domain/renewal-state';
import type { Payment } from '../domain/payment';
import type { Refund } from '../domain/refund';
import type { Site, SiteUsageValues } from '../domain/site';
import type { WalletLedgerLine } from '../domain/wallet-entry';

/** Domain values → the wire (API.md): snake_case, money in minor units beside `currency`, instants with Z. */

export function productResource( product: Product ) {
	return {
		id: product.id,
		slug: product.slug,
		name: product.name,
		description: product.description,
		type: product.type,
		pricing_type: product.pricingType,
		amount: product.amount,
		currency: product.currency,
		recurring: product.recurring,
		duration: product.duration,
		duration_unit: product.durationUnit,
		price_variations: product.priceVariations.map( ( v ) => ( {
			duration: v.duration,
			duration_unit: v.durationUnit,
			amount: v.amount,
		} ) ),
		setup_fee: product.setupFee,
		trial_duration: product.trialDuration,
		trial_duration_unit: product.trialDurationUnit,
		active: product.active,
		group: product.group,
		list_order: product.listOrder,
		available_addons: [ ...product.availableAddons ],
		stackable: product.stackable,
		max_quantity: product.maxQuantity,
		limits: product.limits,
	};
}

export function customerResource(
	customer: Customer,
	walletBalance: number,
	currency: string
) {
	return {
		id: customer.id,
		user_id: customer.userId,
		username: customer.username,
		email: customer.email,
		display_name: customer.displayName,
		wallet_balance: walletBalance,
		currency,
		card: customer.card
			? { brand: 'test', last4: customer.card.last4 }
			: null,
		created_at: customer.createdAt,
	};
}

/** A wallet ledger entry; `balance_after` is the wallet right after it (minor units). */
export function walletEntryResource( entry: WalletLedgerLine ) {
	return {
		id: entry.id,
		amount: entry.amount,
		currency: entry.currency,
		reason: entry.reason,
		payment_id: entry.paymentId,
		balance_after: entry.balanceAfter,
		// RULES X4: the network admin who made the entry by hand; null for the billing engine's.
		actor: entry.actor
			? { id: entry.actor.id, name: entry.actor.name }
			: null,
		created_at: entry.createdAt,
	};
}

function addonsResource( addons: AddonQuantity[] ) {
	return addons.map( ( a ) => ( {
		product_id: a.productId,
		quantity: a.quantity,
	} ) );
}

export function membershipResource(
	membership: Membership,
	products: Product[],
	retry: RetryState | null = null,
	renewalError: RenewalError | null = null
) {
	const change = membership.scheduledChange;
	return {
		id: membership.id,
		customer_id: membership.customerId,
		status: membership.status,
		plan_id: membership.planId,
		duration: membership.duration,
		duration_unit: membership.durationUnit,
		addons: addonsResource( membership.addons ),
		amount: recurringTotal(
			membership.planId,
			membership,
			membership.addons,
			products
		),
		currency: membership.currency,
		period_start: membership.periodStart,
		period_end: membership.periodEnd,
		trial_end: membership.trialEnd,
		auto_renew: membership.autoRenew,
		scheduled_change: change
			? {
					effective_at: change.effectiveAt,
					plan_id: change.planId,
					duration: change.duration,
					duration_unit: change.durationUnit,
					addons: addonsResource( change.addons ),
					// What renews after the change, minor units (the next charge on effective_at before any wallet credit).
					amount: recurringTotal(
						change.planId,
						change,
						change.addons,
						products
					),
				}
			: null,
		// RULES X1, X2: a pending cancellation's instant (the period end), and when it ended by one.
		cancel_at: membership.cancelAt,
		cancelled_at: membership.cancelledAt,
		version: membership.version,
		next_retry_at:
			membership.status === 'on-hold'
				? ( retry?.nextRetryAt ?? null )
				: null,
		// RULES R5: a renewal the job could not process, until the admin repairs it.
		renewal_error: renewalError
			? { at: renewalError.at, message: renewalError.message }
			: null,
	};
}

function lineResource( line: QuoteLine ) {
	return {
		kind: line.kind,
		product_id: line.productId,
		description: line.description,
		quantity: line.quantity,
		unit_amount: line.unitAmount,
		amount: line.amount,
	};
}

/** The explanation's parts on the wire (`{text}`, `{money: {amount, currency}}`, `{date}`); one text part for a quote priced without them. */
function explanationPartsResource( quote: Quote ): ExplanationPart[] {
	return quote.explanationParts ?? [ { text: quote.explanation } ];
}

export function quoteResource( id: string, quote: Quote ) {
	return {
		id,
		membership_id: quote.membershipId,
		type: quote.type,
		created_at: quote.createdAt,
		expires_at: quote.expiresAt,
		effective_at: quote.effectiveAt,
		currency: quote.currency,
		lines: quote.lines.map( lineResource ),
		total: quote.total,
		wallet_used: quote.walletUsed,
		due_now: quote.dueNow,
		wallet_after: quote.walletAfter,
		next_charge: quote.nextCharge
			? { date: quote.nextCharge.date, amount: quote.nextCharge.amount }
			: null,
		removes: [ ...quote.removes ],
		explanation: quote.explanation,
		over_limits: ( quote.overLimits ?? [] ).map( ( o ) => ( { ...o } ) ),
		...( quote.overLimitsApproval
			? {
					over_limits_approval: {
						user_id: quote.overLimitsApproval.userId,
						name: quote.overLimitsApproval.name,
						at: quote.overLimitsApproval.at,
					},
				}
			: {} ),
		explanation_parts: explanationPartsResource( quote ),
		target: {
			plan_id: quote.target.planId,
			duration: quote.target.duration,
			duration_unit: quote.target.durationUnit,
			addons: addonsResource( quote.target.addons ),
		},
	};
}

export function paymentResource( payment: Payment ) {
	return {
		id: payment.id,
		customer_id: payment.customerId,
		membership_id: payment.membershipId,
		status: payment.status,
		kind: payment.kind,
		total: payment.total,
		// RULES X3: the sum of its refunds, minor units (`status` partially_refunded / refunded).
		refunded_total: payment.refundedTotal,
		currency: payment.currency,
		gateway: payment.gateway,
		quote_id: payment.quoteId,
		failure_message: payment.failureMessage,
		lines: payment.lines.map( lineResource ),
		created_at: payment.createdAt,
		completed_at: payment.completedAt,
		// Sequential, never reused; given when the payment completes (null before).
		invoice_number: payment.invoiceNumber,
	};
}

/** A refund of a payment (RULES X3); `actor` is the network admin who made it. */
export function refundResource( refund: Refund ) {
	return {
		id: refund.id,
		payment_id: refund.paymentId,
		amount: refund.amount,
		currency: refund.currency,
		to: refund.to,
		reason: refund.reason,
		gateway_reference: refund.gatewayReference,
		cancelled_membership_id: refund.cancelledMembershipId,
		actor: refund.actor
			? { id: refund.actor.id, name: refund.actor.name }
			: null,
		created_at: refund.createdAt,
	};
}

export function usageResource( usage: SiteUsageValues ) {
	return {
		posts: usage.posts,
		disk_space: usage.diskSpace,
		users: usage.users,
		custom_domains: usage.customDomains,
		visits: usage.visits,
	};
}

export function siteResource( site: Site ) {
	return {
		id: site.id,
		membership_id: site.membershipId,
		title: site.title,
		path: site.path,
		usage: usageResource( site.usage ),
		created_at: site.createdAt,
	};
}

export function offerResource( offer: Offer, currency: string ) {
	return {
		plans: offer.plans.map( ( plan ) => ( {
			...productResource( plan.product ),
			current: plan.current,
			purchasable: plan.purchasable,
			periods: plan.periods.map( ( p ) => ( {
				duration: p.duration,
				duration_unit: p.durationUnit,
				amount: p.amount,
			} ) ),
		} ) ),
		addons: offer.addons.map( productResource ),
		periods: offer.periods.map( ( p ) => ( {
			duration: p.duration,
			duration_unit: p.durationUnit,
		} ) ),
		show_period_selector: offer.showPeriodSelector,
		currency,
	};
}

export function limitsResource( limits: EffectiveLimits ) {
	return limits;
}
