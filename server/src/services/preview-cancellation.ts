import { unusedPart } from '../domain/cancellation';
import { refundableAmount, isCardPayment } from '../domain/refund';
import { billingNow, readSnapshot, type BillingDeps } from './billing-deps';
import { loadMembership } from './load';

/** What cancelling a membership would do now (minor units), for the screens' confirm dialogs. */
export interface CancellationPreview {
	membershipId: number;
	/** When a cancellation at the period end takes effect (null: a lifetime plan). */
	periodEnd: string | null;
	/** A pending cancellation's instant, or null. */
	cancelAt: string | null;
	/** K7's proration credit now: what `refund` wallet or card gives back (RULES X2). */
	unusedAmount: number;
	/** Of it, what the membership's card payments can take back (the rest goes to the wallet, decision 59). */
	cardAmount: number;
	currency: string;
	/** True when a scheduled change would be dropped (X1). */
	dropsScheduledChange: boolean;
}

/** Previews a cancellation of a membership at the billing clock's now, storing nothing. */
export function previewCancellation(
	deps: BillingDeps,
	membershipId: number
): CancellationPreview {
	return readSnapshot( deps, () => {
		const m = loadMembership( deps, membershipId );
		const unused = unusedPart( m, billingNow( deps ) );
		const onCards = deps.payments
			.completedOfMembership( m.id )
			.filter( isCardPayment )
			.reduce( ( sum, p ) => sum + refundableAmount( p ), 0 );
		return {
			membershipId: m.id,
			periodEnd: m.periodEnd,
			cancelAt: m.cancelAt,
			unusedAmount: unused,
			cardAmount: Math.min( unused, onCards ),
			currency: m.currency,
			dropsScheduledChange: m.scheduledChange !== null,
		};
	} );
}
