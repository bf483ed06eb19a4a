/**
 * The test payment gateway (API.md "Test cards"). Synchronous on purpose: checkout runs
 * check + charge + apply + store in one SQLite transaction without yielding (RULES Q3).
 * A real gateway would need an outbox/two-phase flow instead (docs/billing-decisions.md).
 */
import crypto from 'node:crypto';
import { __ } from '../i18n';

export type ChargeResult =
	{ ok: true } | { ok: false; code: string; message: string };

type DeclineCode =
	| 'card_declined'
	| 'insufficient_funds'
	| 'invalid_amount'
	| 'incorrect_number';

/** Known test card numbers and what a charge does with them: accepted, or the decline code. */
const CARDS: Record< string, DeclineCode | null > = {
	'4242424242424242': null,
	'4000000000000002': 'card_declined',
	'4000000000009995': 'insufficient_funds',
	// Saved as a card on file, every later charge declined (as Stripe's 4000000000000341).
	'4000000000000341': 'card_declined',
};

/** A decline shown to the customer, translated when the charge is made (not at module load). */
function decline( code: DeclineCode ): ChargeResult {
	switch ( code ) {
		case 'card_declined':
			return {
				ok: false,
				code,
				message: __( 'Your card was declined.', 'wu-plan-change' ),
			};
		case 'insufficient_funds':
			return {
				ok: false,
				code,
				message: __(
					'Your card has insufficient funds.',
					'wu-plan-change'
				),
			};
		case 'invalid_amount':
			return {
				ok: false,
				code,
				message: __(
					'The amount to charge is invalid.',
					'wu-plan-change'
				),
			};
		default:
			return {
				ok: false,
				code,
				message: __(
					'Your card number is incorrect.',
					'wu-plan-change'
				),
			};
	}
}

const REFERENCE_PREFIX = 'test_card:';

/** True for a number the test gateway knows. */
export function isTestCard( number: string ): boolean {
	return Object.hasOwn( CARDS, number );
}

/** The saved-card reference of a test card (a real gateway returns a token instead). */
export function cardReference( number: string ): {
	reference: string;
	last4: string;
} {
	return {
		reference: `${ REFERENCE_PREFIX }${ number }`,
		last4: number.slice( -4 ),
	};
}

/** Charges `amount` minor units to a card number or a saved reference. */
export function chargeCard(
	numberOrReference: string,
	amount: number
): ChargeResult {
	const number = numberOrReference.startsWith( REFERENCE_PREFIX )
		? numberOrReference.slice( REFERENCE_PREFIX.length )
		: numberOrReference;
	if ( ! Number.isSafeInteger( amount ) || amount <= 0 ) {
		return decline( 'invalid_amount' );
	}
	if ( ! isTestCard( number ) ) {
		return decline( 'incorrect_number' );
	}
	const code = CARDS[ number ];
	return code === null ? { ok: true } : decline( code );
}

export type RefundResult =
	| { ok: true; reference: string }
	| { ok: false; code: string; message: string };

/** What the test gateway has refunded, in order (a real gateway keeps this on its side). */
const refundsMade: { reference: string; paymentId: number; amount: number }[] =
	[];

/**
 * Refunds `amount` minor units of the card charge of payment `paymentId` to the card it was
 * made with (RULES X3); the test gateway records it and answers its own reference. Synchronous
 * like `chargeCard`, so a refund is made and recorded in one transaction.
 */
export function refundCharge(
	paymentId: number,
	amount: number
): RefundResult {
	if ( ! Number.isSafeInteger( amount ) || amount <= 0 ) {
		const { code, message } = decline( 'invalid_amount' ) as {
			code: string;
			message: string;
		};
		return { ok: false, code, message };
	}
	const reference = `test_refund_${ crypto.randomUUID() }`;
	refundsMade.push( { reference, paymentId, amount } );
	return { ok: true, reference };
}

/** The refunds the test gateway recorded with this reference (tests look a refund up by it). */
export function recordedRefund(
	reference: string
): { reference: string; paymentId: number; amount: number } | null {
	return refundsMade.find( ( r ) => r.reference === reference ) ?? null;
}
