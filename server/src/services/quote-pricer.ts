import type { Quote } from '../domain/types';

/** What is sent to be priced elsewhere: whose membership, at which billing instant, and the ask. */
export interface QuotePricingRequest {
	membershipId: number;
	/** The billing clock's instant the quote is priced at. */
	now: string;
}

/**
 * Prices quotes away from the request thread (decision 38: worker threads with their own read
 * connections). `price` answers null when no worker is ready; the caller then prices in place.
 */
export interface QuotePricer {
	price( request: QuotePricingRequest ): Promise< Quote > | null;
}
