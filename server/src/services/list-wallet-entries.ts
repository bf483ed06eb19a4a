import type { WalletRepository } from '../db/wallet-repository';
import type { BillingDeps } from './billing-deps';

/** One page of a customer's wallet ledger. */
export function listWalletEntries(
	deps: Pick< BillingDeps, 'wallet' >,
	customerId: number,
	page: Parameters< WalletRepository[ 'page' ] >[ 1 ]
): ReturnType< WalletRepository[ 'page' ] > {
	return deps.wallet.page( customerId, page );
}
