import { __ } from '../i18n';

/** Bookkeeping of a failed renewal (RULES R2): first failure, failures so far, next retry. */
export interface RetryState {
	failedAt: string;
	attempts: number;
	nextRetryAt: string | null;
}

/** A renewal that could not be processed (RULES R5): when, and why; cleared by a repair. */
export interface RenewalError {
	at: string;
	message: string;
}

/** The message of a renewal error recorded by migration 0004 (a row with an instant outside the years 1000–9999). */
export const STORED_DATE_ERROR = () =>
	__(
		'A stored date of this membership is not a date of the years 1000–9999. Repair its period end.',
		'wu-plan-change'
	);
