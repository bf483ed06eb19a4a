import crypto from 'node:crypto';
import { __, sprintf } from '../i18n';
import { assertQuoteFresh } from '../domain/assert-quote-fresh';
import { DomainError, invalidParams } from '../domain/errors';
import { overLimitError } from '../domain/find-over-limits';
import type { Membership, Quote } from '../domain/types';
import type { Payment } from '../domain/payment';
import { billingNow, type BillingDeps } from './billing-deps';
import { loadMembership } from './load';
import { overLimitsOfChange } from './over-limits-of-change';
import { assertWalletCovers, paymentLines, settleQuote } from './settle-quote';
import { cardReference, chargeCard } from './test-gateway';
import { announceMembership } from './announce';
import { announcePaymentState, changeEventType } from './announce-change';
import { CardDeclined, recordingDeclines } from './record-declined-payment';

export type PaymentMethod =
	{ type: 'test_card'; number: string } | { type: 'manual' };

export interface CheckoutInput {
	membershipId: number;
	quoteId: string;
	paymentMethod: PaymentMethod | null;
	userId: number;
	idempotencyKey?: string;
	/** The network admin who confirmed applying a change now although usage is above its limits (RULES L4, `allow_over_limits`). */
	overLimitsApprover?: { userId: number; name: string };
	/** A digest of what was asked (route, body), so that a reused key with another request is refused. */
	requestFingerprint: string;
}

export interface CheckoutResult {
	membership: Membership;
	payment: Payment | null;
	quote: Quote;
	quoteId: string;
}

/** An answer as stored for an Idempotency-Key: the status and the wire body. */
export interface CheckoutAnswer {
	status: number;
	body: unknown;
	replayed: boolean;
}

function stale( message: string ): DomainError {
	return new DomainError( 'conflict', 'wu_quote_stale', message );
}

/** Refuses a second manual payment while one of the membership's is still waiting for the admin (wu_payment_pending, 409). */
function assertNoOpenManualPayment(
	deps: BillingDeps,
	membershipId: number
): void {
	const open = deps.payments.openManualPayment( membershipId );
	if ( open ) {
		throw new DomainError(
			'conflict',
			'wu_payment_pending',
			sprintf(
				/* translators: %d: payment id */
				__(
					'Payment #%d for this membership is still waiting to be confirmed by the network admin. Wait for it, or ask the admin to cancel it, before paying another change manually. Nothing was charged.',
					'wu-plan-change'
				),
				open.id
			),
			{ payment_id: open.id }
		);
	}
}

/**
 * RULES L4 at checkout, on usage read now (it may have grown since the quote): a change that
 * applies now and makes a limit exceeded is refused with wu_over_limit, unless the network admin
 * confirmed it (recorded on the quote with their name); a scheduled change is never refused.
 */
function checkOverLimits(
	deps: BillingDeps,
	membership: Membership,
	quote: Quote,
	approver: CheckoutInput[ 'overLimitsApprover' ],
	now: string
): Quote {
	const over = overLimitsOfChange( deps, membership, quote );
	if ( over.now.length === 0 ) {
		return { ...quote, overLimits: over.atEnd };
	}
	if ( ! approver ) {
		throw overLimitError( over.now );
	}
	return {
		...quote,
		overLimits: [ ...over.now, ...over.atEnd ],
		overLimitsApproval: { ...approver, at: now },
	};
}

/** Keeps the admin's over-limit approval on the quote's row (decision "Over-limit changes"). */
function recordApproval(
	deps: BillingDeps,
	quoteId: string,
	quote: Quote
): void {
	if ( quote.overLimitsApproval ) {
		deps.quotes.rewrite( quoteId, quote );
	}
}

function pay( deps: BillingDeps, input: CheckoutInput ): CheckoutResult {
	const stored = deps.quotes.find( input.quoteId );
	if ( ! stored || stored.quote.membershipId !== input.membershipId ) {
		throw stale(
			__(
				'No open quote with this id for this membership; please ask for a new quote. Nothing was charged.',
				'wu-plan-change'
			)
		);
	}
	if ( stored.status !== 'open' ) {
		throw stale(
			__(
				'This quote was already used; please ask for a new quote. Nothing was charged.',
				'wu-plan-change'
			)
		);
	}
	const membership = loadMembership( deps, input.membershipId );
	const now = billingNow( deps );
	assertQuoteFresh( membership, stored.quote, now );
	const quote = checkOverLimits(
		deps,
		membership,
		stored.quote,
		input.overLimitsApprover,
		now
	);
	assertWalletCovers( deps, membership, quote );
	const method = quote.dueNow > 0 ? input.paymentMethod : null;
	if ( quote.dueNow > 0 && ! method ) {
		throw invalidParams( {
			payment_method: __(
				'A payment method is needed: this change costs something now.',
				'wu-plan-change'
			),
		} );
	}
	const lines = paymentLines( quote );
	const base = {
		customerId: membership.customerId,
		membershipId: membership.id,
		kind: 'change' as const,
		total: quote.dueNow,
		currency: quote.currency,
		quoteId: stored.id,
		failureMessage: null,
		lines,
		createdAt: now,
	};
	if ( method?.type === 'manual' ) {
		assertNoOpenManualPayment( deps, membership.id );
		const payment = deps.payments.insert( {
			...base,
			status: 'pending',
			gateway: 'manual',
			completedAt: null,
		} );
		deps.quotes.transition( stored.id, 'open', 'pending', payment.id );
		recordApproval( deps, stored.id, quote );
		announcePaymentState( deps, payment );
		return { membership, payment, quote, quoteId: stored.id };
	}
	if ( method?.type === 'test_card' ) {
		const charge = chargeCard( method.number, quote.dueNow );
		if ( ! charge.ok ) {
			throw new CardDeclined( charge, {
				...base,
				gateway: method.type,
			} );
		}
		deps.customers.saveCard(
			membership.customerId,
			cardReference( method.number )
		);
	}
	const payment =
		lines.length > 0 || quote.dueNow > 0
			? deps.payments.insert( {
					...base,
					status: 'completed',
					gateway: method ? method.type : 'wallet',
					completedAt: now,
				} )
			: null;
	if ( payment ) {
		announcePaymentState( deps, payment );
	}
	const after = settleQuote( deps, membership, quote, payment, now );
	deps.quotes.transition( stored.id, 'open', 'paid', payment?.id ?? null );
	recordApproval( deps, stored.id, quote );
	announceMembership( deps, changeEventType( membership, quote ), after );
	return { membership: after, payment, quote, quoteId: stored.id };
}

/**
 * Pays a quote and applies it (RULES Q2, Q3, W1–W3) in ONE synchronous SQLite transaction:
 * idempotency check, freshness, charge, payment, wallet, membership, stored answer. Nothing here
 * awaits, so concurrent requests in this process run one after another; a failure (stale,
 * declined) rolls everything back; a declined card is then recorded as a failed payment on its
 * own (decision 52). Only successful answers are kept for the Idempotency-Key. Each change is
 * announced in its transaction: payment, wallet entries, then the membership (RULES B2).
 */
export function checkout(
	deps: BillingDeps,
	input: CheckoutInput,
	present: ( result: CheckoutResult ) => unknown
): CheckoutAnswer {
	const fingerprint = crypto
		.createHash( 'sha256' )
		.update( input.requestFingerprint )
		.digest( 'hex' );
	return recordingDeclines( deps, () =>
		checkoutOnce( deps, input, present, fingerprint )
	);
}

function checkoutOnce(
	deps: BillingDeps,
	input: CheckoutInput,
	present: ( result: CheckoutResult ) => unknown,
	fingerprint: string
): CheckoutAnswer {
	return deps.db.transaction( (): CheckoutAnswer => {
		if ( input.idempotencyKey !== undefined ) {
			const previous = deps.idempotency.find(
				input.userId,
				input.idempotencyKey
			);
			if ( previous ) {
				if ( previous.requestHash !== fingerprint ) {
					throw new DomainError(
						'conflict',
						'wu_idempotency_key_reused',
						__(
							'This Idempotency-Key was already used for another request.',
							'wu-plan-change'
						)
					);
				}
				return {
					status: previous.status,
					body: previous.body,
					replayed: true,
				};
			}
		}
		const result = pay( deps, input );
		const body = present( result );
		if ( input.idempotencyKey !== undefined ) {
			deps.idempotency.insert(
				input.userId,
				input.idempotencyKey,
				{ requestHash: fingerprint, status: 200, body },
				billingNow( deps )
			);
		}
		return { status: 200, body, replayed: false };
	} )();
}
