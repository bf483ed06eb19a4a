import type { Quote } from '../domain/types';
import type { Locale } from '../i18n';
import type { QuoteAsk } from './price-quote';

/** What is sent to be priced elsewhere: the validated ask, and the billing clock's instant to price it at. */
export interface QuotePricingRequest extends QuoteAsk {
	now: string;
	/** The language of the explanation and of a refusal: the request's (set by the pool). */
	locale?: Locale;
}

/**
 * Prices quotes away from the request thread (decision 38: worker threads with their own read
 * connections). `price` answers null when no worker is ready; the caller then prices in place.
 */
export interface QuotePricer {
	price: ( request: QuotePricingRequest ) => Promise< Quote > | null;
}
