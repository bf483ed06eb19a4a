import { __ } from '../../i18n';
import type { DomainEvent } from '../../domain/event';
import { describeOverLimit } from '../../domain/find-over-limits';
import { describePeriod } from '../../domain/period';
import type { DurationUnit } from '../../domain/types';
import type { BillingDeps } from '../billing-deps';
import { overLimitsOfHolding } from '../over-limits-of-change';
import type { HoldingWords } from './holding-words';
import type { ReceiptInput } from './receipt';

/*
 * What a template shows, read from the event's object (the wire form after the change, API.md)
 * and the catalogue's names: the e-mail tells what the event says, even when the membership has
 * changed again since. Runs in the customer's locale (names of periods, limits).
 */

type WireObject = DomainEvent[ 'data' ][ 'object' ];

interface WireAddon {
	product_id: number;
	quantity: number;
}

interface WireHolding {
	plan_id: number;
	duration: number;
	duration_unit: DurationUnit;
	addons: WireAddon[];
	amount: number;
}

/** The links an e-mail gives: the customer's Account page and a payment's invoice page. */
export interface EmailLinks {
	account: string;
	invoice: ( paymentId: number ) => string;
}

/** A product's name, or "#id" for one no longer in the catalogue. */
export function productName(
	deps: Pick< BillingDeps, 'products' >,
	id: number
): string {
	return deps.products.find( id )?.name ?? `#${ id }`;
}

/** A plan with add-ons in words; `lifetime` when it has no period end. */
export function holdingOf(
	deps: Pick< BillingDeps, 'products' >,
	holding: WireHolding,
	currency: string,
	lifetime: boolean
): HoldingWords {
	return {
		plan: productName( deps, holding.plan_id ),
		period: lifetime
			? __( 'lifetime', 'wu-plan-change' )
			: describePeriod( {
					duration: holding.duration,
					durationUnit: holding.duration_unit,
				} ),
		addons: holding.addons.map( ( addon ) => ( {
			name: productName( deps, addon.product_id ),
			quantity: addon.quantity,
		} ) ),
		amount: holding.amount,
		currency,
	};
}

/** A receipt's content from a payment.completed event's payment. */
export function receiptInput(
	payment: WireObject,
	name: string,
	links: EmailLinks
): ReceiptInput {
	const lines = payment.lines as {
		description: string;
		quantity: number;
		amount: number;
	}[];
	const invoiced =
		payment.invoice_number !== undefined && payment.invoice_number !== null;
	return {
		name,
		paymentId: payment.id,
		paidAt: String( payment.completed_at ?? payment.created_at ),
		currency: String( payment.currency ),
		lines: lines.map( ( line ) => ( {
			description: line.description,
			quantity: line.quantity,
			amount: line.amount,
		} ) ),
		total: Number( payment.total ),
		invoiceUrl: invoiced ? links.invoice( payment.id ) : null,
		accountUrl: links.account,
	};
}

/** The membership after the change as a holding in words. */
export function currentHolding(
	deps: Pick< BillingDeps, 'products' >,
	membership: WireObject
): HoldingWords {
	return holdingOf(
		deps,
		membership as unknown as WireHolding,
		String( membership.currency ),
		membership.period_end === null
	);
}

/** The scheduled change's plan with add-ons in words, or null when the event carries none. */
export function scheduledHolding(
	deps: Pick< BillingDeps, 'products' >,
	membership: WireObject
): { holding: HoldingWords; effectiveAt: string; wire: WireHolding } | null {
	const change = membership.scheduled_change as
		( WireHolding & { effective_at: string } ) | null | undefined;
	if ( ! change ) {
		return null;
	}
	return {
		holding: holdingOf(
			deps,
			change,
			String( membership.currency ),
			false
		),
		effectiveAt: change.effective_at,
		wire: change,
	};
}

/**
 * The limits the membership's usage exceeds under the scheduled plan (RULES L4, what to remove
 * by the period end), in words, read when the e-mail is made.
 */
export function overLimitWords(
	deps: BillingDeps,
	membershipId: number,
	target: WireHolding
): string[] {
	const membership = deps.memberships.find( membershipId );
	if ( ! membership ) {
		return [];
	}
	const over = overLimitsOfHolding( deps, membership, {
		planId: target.plan_id,
		addons: target.addons.map( ( addon ) => ( {
			productId: addon.product_id,
			quantity: addon.quantity,
		} ) ),
	} );
	const withSite =
		new Set(
			over.map( ( o ) => o.site_id ).filter( ( id ) => id !== undefined )
		).size > 1;
	return over.map( ( o ) => describeOverLimit( o, withSite ) );
}

/**
 * The links of a network at `baseUrl` (WU_PUBLIC_URL): the Account page (plugin.json's `account`
 * page under /wp-admin/) and the invoice page of the REST API (`GET /payments/{id}/invoice`).
 */
export function emailLinks( baseUrl: string ): EmailLinks {
	const base = baseUrl.replace( /\/+$/, '' );
	return {
		account: `${ base }/wp-admin/account`,
		invoice: ( paymentId ) =>
			`${ base }/wp-json/wu/v2/payments/${ paymentId }/invoice`,
	};
}
