import { walletBalance } from '../domain/wallet';
import type { BillingDeps } from './billing-deps';

/** What a customer's wire resource shows beside it: the wallet balance (RULES W3) and its currency. */
export function describeCustomer(
	deps: Pick< BillingDeps, 'wallet' | 'settings' >,
	customerId: number
): { balance: number; currency: string } {
	return {
		balance: walletBalance( deps.wallet.entries( customerId ) ),
		currency: deps.settings.currency(),
	};
}
