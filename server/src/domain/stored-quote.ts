import type { Quote } from './types';

export type QuoteStatus = 'open' | 'pending' | 'paid';

/** A stored quote: the domain quote, its id, who asked, and whether it was paid. */
export interface StoredQuote {
	id: string;
	userId: number;
	status: QuoteStatus;
	paymentId: number | null;
	quote: Quote;
}
