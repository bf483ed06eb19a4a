/**
 * The test payment gateway (API.md "Test cards"). Synchronous on purpose: checkout runs
 * check + charge + apply + store in one SQLite transaction without yielding (RULES Q3).
 * A real gateway would need an outbox/two-phase flow instead (docs/billing-decisions.md).
 */
export type ChargeResult = { ok: true } | { ok: false; code: string; message: string };

/** Known test card numbers and what a charge does with them. */
const CARDS: Record< string, ChargeResult > = {
	'4242424242424242': { ok: true },
	'4000000000000002': { ok: false, code: 'card_declined', message: 'Your card was declined.' },
	'4000000000009995': { ok: false, code: 'insufficient_funds', message: 'Your card has insufficient funds.' },
	// Saved as a card on file, every later charge declined (as Stripe's 4000000000000341).
	'4000000000000341': { ok: false, code: 'card_declined', message: 'Your card was declined.' },
};

const REFERENCE_PREFIX = 'test_card:';

/** True for a number the test gateway knows. */
export function isTestCard( number: string ): boolean {
	return Object.hasOwn( CARDS, number );
}

/** The saved-card reference of a test card (a real gateway returns a token instead). */
export function cardReference( number: string ): { reference: string; last4: string } {
	return { reference: `${ REFERENCE_PREFIX }${ number }`, last4: number.slice( -4 ) };
}

/** Charges `amount` minor units to a card number or a saved reference. */
export function chargeCard( numberOrReference: string, amount: number ): ChargeResult {
	const number = numberOrReference.startsWith( REFERENCE_PREFIX ) ? numberOrReference.slice( REFERENCE_PREFIX.length ) : numberOrReference;
	if ( ! Number.isSafeInteger( amount ) || amount <= 0 ) {
		return { ok: false, code: 'invalid_amount', message: 'The amount to charge is invalid.' };
	}
	return CARDS[ number ] ?? { ok: false, code: 'incorrect_number', message: 'Your card number is incorrect.' };
}
