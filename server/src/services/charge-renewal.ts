import { __, sprintf } from '../i18n';
import type { Renewal } from '../domain/renew-membership';
import type { Membership, QuoteLine } from '../domain/types';
import { settleWithWallet, walletBalance } from '../domain/wallet';
import type { Payment } from '../domain/payment';
import type { BillingDeps } from './billing-deps';
import type { ChargeResult } from './test-gateway';
import { announceWalletEntry } from './announce';
import { announcePaymentState } from './announce-change';

/** How the rest of a renewal after the wallet is paid: the gateway's answer and its name. */
export type RenewalPayer = ( amount: number ) => {
	result: ChargeResult;
	gateway: string;
};

/**
 * Charges a priced renewal (RULES W2, R1): the wallet first, then `pay` for the rest, and records
 * the payment, completed or failed. On success it spends the wallet and stores the next period;
 * on failure the caller decides (hold and retry, or refuse). Call inside a transaction. The
 * renewal is priced at the plan in force after the scheduled change (RULES R1), which a failed
 * renewal has already applied (`Renewal.changed`). Announces the payment and the wallet entry
 * (B2); the caller announces the membership after them.
 */
export function chargeRenewal(
	deps: BillingDeps,
	membership: Membership,
	renewal: Renewal,
	at: string,
	pay: RenewalPayer
): { payment: Payment; charge: ChargeResult } {
	const settlement = settleWithWallet(
		renewal.amount,
		walletBalance( deps.wallet.entries( membership.customerId ) )
	);
	const { result: charge, gateway } =
		settlement.dueNow === 0
			? { result: { ok: true } as ChargeResult, gateway: 'wallet' }
			: pay( settlement.dueNow );
	const walletLine: QuoteLine[] =
		settlement.walletUsed > 0
			? [
					{
						kind: 'wallet_credit',
						productId: null,
						description: __( 'Existing credit', 'wu-plan-change' ),
						quantity: 1,
						unitAmount: -settlement.walletUsed,
						amount: -settlement.walletUsed,
					},
				]
			: [];
	const base = {
		customerId: membership.customerId,
		membershipId: membership.id,
		kind: 'renewal' as const,
		total: settlement.dueNow,
		currency: membership.currency,
		gateway,
		quoteId: null,
		lines: [ ...renewal.lines, ...walletLine ],
		createdAt: at,
	};
	if ( ! charge.ok ) {
		const failed = deps.payments.insert( {
			...base,
			status: 'failed',
			failureMessage: charge.message,
			completedAt: null,
		} );
		announcePaymentState( deps, failed );
		return { payment: failed, charge };
	}
	const payment = deps.payments.insert( {
		...base,
		status: 'completed',
		failureMessage: null,
		completedAt: at,
	} );
	announcePaymentState( deps, payment );
	if ( settlement.walletUsed > 0 ) {
		const spent = deps.wallet.add( {
			customerId: membership.customerId,
			amount: -settlement.walletUsed,
			currency: membership.currency,
			reason: sprintf(
				/* translators: %d: payment id */ __(
					'Used for renewal payment #%d',
					'wu-plan-change'
				),
				payment.id
			),
			paymentId: payment.id,
			createdAt: at,
		} );
		announceWalletEntry( deps, spent );
	}
	deps.memberships.save( renewal.membership, membership.version, at );
	deps.memberships.setRetryState( membership.id, null );
	// A renewal paid resolves a recorded renewal error (RULES R5) as a repair would.
	deps.memberships.setRenewalError( membership.id, null );
	return { payment, charge };
}
