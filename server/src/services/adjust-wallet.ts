import { __ } from '../i18n';
import { invalidParams } from '../domain/errors';
import { walletBalance } from '../domain/wallet';
import type { WalletEntry } from '../domain/wallet-entry';
import { announceWalletEntry } from './announce';
import { billingNow, type BillingDeps } from './billing-deps';
import { loadCustomer } from './load';

/** A wallet entry made by hand (RULES X4): signed minor units, a reason, the admin who makes it. */
export interface WalletAdjustment {
	customerId: number;
	amount: number;
	reason: string;
	actorUserId: number;
}

/**
 * The network admin credits (amount > 0) or debits (< 0) a customer's wallet by hand (RULES X4,
 * W3): one ledger entry with the reason and the admin, announced (B2), in one transaction; a
 * debit that would take the balance below 0 is refused (`amount`), nothing written.
 */
export function adjustWallet(
	deps: BillingDeps,
	input: WalletAdjustment
): { entry: WalletEntry; balance: number } {
	return deps.db.transaction( () => {
		loadCustomer( deps, input.customerId );
		const balance = walletBalance(
			deps.wallet.entries( input.customerId )
		);
		const params: Record< string, string > = {};
		if ( input.amount === 0 ) {
			params.amount = __( 'Amount must not be 0.', 'wu-plan-change' );
		} else if ( balance + input.amount < 0 ) {
			params.amount = __(
				'The wallet cannot go below 0: debit at most its balance.',
				'wu-plan-change'
			);
		}
		if ( input.reason.trim() === '' ) {
			params.reason = __( 'Reason must not be empty.', 'wu-plan-change' );
		}
		if ( Object.keys( params ).length > 0 ) {
			throw invalidParams( params );
		}
		const entry = deps.wallet.add(
			{
				customerId: input.customerId,
				amount: input.amount,
				currency: deps.settings.currency(),
				reason: input.reason.trim(),
				paymentId: null,
				createdAt: billingNow( deps ),
			},
			input.actorUserId
		);
		const admin = deps.users.find( input.actorUserId );
		announceWalletEntry(
			deps,
			entry,
			admin
				? { id: admin.id, name: admin.displayName || admin.username }
				: null
		);
		return { entry, balance: balance + input.amount };
	} )();
}
