import type { Membership, Payment, Quote } from '../../api/types';

/** What a completed checkout answers (`POST /memberships/{id}/checkout`). */
export interface CheckoutResult {
	/** The membership after the change (or with its scheduled change, for a downgrade). */
	membership: Membership;
	/** The payment recorded, null when nothing was due. */
	payment: Payment | null;
	/** The quote that was paid. */
	quote: Quote;
}

/** Props of {@link ChangeCheckout}. */
export interface ChangeCheckoutProps {
	/** The membership to change. */
	membershipId: number;
	/** Who pays: `'customer'` with the test-card form; `'admin'` on the customer's behalf, recording a manual payment (or none when nothing is due). */
	mode: 'customer' | 'admin';
	/** Called once the checkout succeeded, with the server's answer; the caller navigates and shows a notice. */
	onDone: ( result: CheckoutResult ) => void;
	/** Called when the person leaves without paying ("Cancel"). */
	onCancel: () => void;
}
