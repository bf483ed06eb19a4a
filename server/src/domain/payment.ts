import type { QuoteLine } from './types';

/** `partially_refunded` and `refunded` (of a completed payment) are shown from its refunds (RULES X3), never stored on it. */
export type PaymentStatus =
	'pending' | 'completed' | 'failed' | 'refunded' | 'partially_refunded';

/** What a payment paid for: the admin's initial period, a change (checkout) or a renewal. */
export type PaymentKind = 'initial' | 'change' | 'renewal';

export interface Payment {
	id: number;
	customerId: number;
	membershipId: number | null;
	status: PaymentStatus;
	kind: PaymentKind;
	/** Minor units: what the gateway charged (or is to charge). */
	total: number;
	/** Minor units refunded so far: the sum of its refunds (RULES X3). */
	refundedTotal: number;
	currency: string;
	/** `test_card`, `manual`, `wallet` (nothing left for a gateway) or `none` (no card on file). */
	gateway: string;
	quoteId: string | null;
	failureMessage: string | null;
	lines: QuoteLine[];
	createdAt: string;
	completedAt: string | null;
	/** Given when the payment completes: sequential, never reused (migration 0012); null before. */
	invoiceNumber: number | null;
}
