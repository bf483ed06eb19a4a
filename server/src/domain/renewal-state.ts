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
