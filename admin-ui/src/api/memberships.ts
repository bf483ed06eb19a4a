import { get, getPage, query, send } from './client';
import type {
	AddonQuantity,
	CancelPreview,
	ChangeTarget,
	DurationUnit,
	Membership,
	MembershipLimits,
	OverLimit,
	Options,
	Payment,
	Quote,
} from './types';

export interface MembershipQuery {
	[ param: string ]: string | number | boolean | undefined;
	page?: number;
	per_page?: number;
	search?: string;
	customer?: number;
	/** One status or a comma list. */
	status?: Membership[ 'status' ] | string;
	/** true: only memberships whose renewal could not be processed (RULES R5). */
	renewal_error?: boolean;
	orderby?: string;
	order?: 'asc' | 'desc';
}

/** The body of POST /memberships (admin): a membership created as if paid (API.md). */
export interface NewMembership {
	customer_id: number;
	plan_id: number;
	duration?: number;
	duration_unit?: DurationUnit;
	addons?: AddonQuantity[];
	status?: 'active' | 'trialing';
	/** ISO instant; the server's now when absent. */
	period_start?: string;
	/** Trialing only; the plan's trial when absent. */
	trial_end?: string;
	auto_renew?: boolean;
}

export const listMemberships = ( params: MembershipQuery = {} ) =>
	getPage< Membership >( `/memberships${ query( { ...params } ) }` );
export const getMembership = ( id: number ) =>
	get< Membership >( `/memberships/${ id }` );
export const createMembership = ( data: NewMembership ) =>
	send< Membership >( 'POST', '/memberships', data );
export const getOptions = (
	id: number,
	period?: { duration: number; duration_unit: string }
) =>
	get< Options >(
		`/memberships/${ id }/options${ query( { duration: period?.duration, duration_unit: period?.duration_unit } ) }`
	);
export const getLimits = ( id: number ) =>
	get< MembershipLimits >( `/memberships/${ id }/limits` );

/** POST /memberships/{id}/quote for a target (RULES §7). */
export const quoteChange = ( id: number, target: ChangeTarget ) =>
	send< Quote >( 'POST', `/memberships/${ id }/quote`, target );

export type PaymentMethod =
	{ type: 'test_card'; number: string } | { type: 'manual' };

/** POST /memberships/{id}/checkout; `idempotencyKey` makes a retried click safe; `allowOverLimits` (network admin only) applies a change now over the limits (RULES L4). */
export const checkout = (
	id: number,
	quoteId: string,
	paymentMethod: PaymentMethod | undefined,
	idempotencyKey: string,
	allowOverLimits = false
) =>
	send< { membership: Membership; payment: Payment | null; quote: Quote } >(
		'POST',
		`/memberships/${ id }/checkout`,
		{
			quote_id: quoteId,
			payment_method: paymentMethod,
			...( allowOverLimits ? { allow_over_limits: true } : {} ),
		},
		{ 'Idempotency-Key': idempotencyKey }
	);

/** A note of `GET /memberships/{id}/notes`: a change the network admin applied over the limits (RULES L4). */
export interface MembershipNote {
	kind: 'over_limits_applied';
	quote_id: string;
	user_id: number;
	name: string;
	at: string;
	over_limits: OverLimit[];
}

/** GET /memberships/{id}/notes, newest first. */
export const getMembershipNotes = ( id: number ) =>
	get< MembershipNote[] >( `/memberships/${ id }/notes` );

/** GET /memberships/{id}/scheduled-over-limits: what the scheduled change leaves above its limits (RULES L4); `effective_at` null without one. */
export const getScheduledOverLimits = ( id: number ) =>
	get< {
		membership_id: number;
		effective_at: string | null;
		over_limits: OverLimit[];
	} >( `/memberships/${ id }/scheduled-over-limits` );

export const cancelScheduledChange = ( id: number ) =>
	send< Membership >( 'DELETE', `/memberships/${ id }/scheduled-change` );

/** GET /memberships/{id}/options?plan_id=…: the offer with the Offer Add-ons of `planId` (RULES G3). */
export const getOptionsForPlan = ( id: number, planId: number ) =>
	get< Options >(
		`/memberships/${ id }/options${ query( { plan_id: planId } ) }`
	);

/** POST /memberships/{id}/pay-renewal: pays an on-hold membership's failed renewal by hand (RULES R2); 402 `wu_payment_declined`, 409 `wu_not_on_hold`. */
export const payRenewal = (
	id: number,
	paymentMethod: PaymentMethod,
	idempotencyKey?: string
) =>
	send< { membership: Membership; payment: Payment } >(
		'POST',
		`/memberships/${ id }/pay-renewal`,
		{ payment_method: paymentMethod },
		idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : undefined
	);

/** The body of PUT /memberships/{id} (admin): a repair; each field optional (API.md). */
export interface MembershipRepair {
	status?: Membership[ 'status' ];
	/** ISO 8601 with a zone, years 1000–9999. */
	period_end?: string;
	auto_renew?: boolean;
}

/** PUT /memberships/{id}: repairs a membership and clears its renewal error; 400 `rest_invalid_param` names each bad field. */
export const repairMembership = ( id: number, repair: MembershipRepair ) =>
	send< Membership >( 'PUT', `/memberships/${ id }`, repair );

/** The answer of POST /memberships/{id}/cancel: the membership, and what a cancellation now gave back. */
export type CancelAnswer = Membership & {
	settlement: {
		refund: 'none' | 'wallet' | 'card';
		unused_amount: number;
		to_card: number;
		to_wallet: number;
		currency: string;
	} | null;
};

/** GET /memberships/{id}/cancel: what cancelling would give back now (RULES X2). */
export const getCancelPreview = ( id: number ) =>
	get< CancelPreview >( `/memberships/${ id }/cancel` );

/** POST /memberships/{id}/cancel: at the period end (X1; the owner too) or now with a refund choice (X2; the network admin only). */
export const cancelMembership = (
	id: number,
	when: 'period_end' | 'now',
	refund: 'none' | 'wallet' | 'card' = 'none'
) =>
	send< CancelAnswer >( 'POST', `/memberships/${ id }/cancel`, {
		when,
		...( when === 'now' ? { refund } : {} ),
	} );

/** DELETE /memberships/{id}/cancel: undoes a cancellation at the period end (X1); 404 `wu_no_cancellation`. */
export const undoCancellation = ( id: number ) =>
	send< Membership >( 'DELETE', `/memberships/${ id }/cancel` );
