import { sumMinor } from './money';

/** The wallet balance in minor units: the sum of its ledger entries, never a stored counter (RULES W3). */
export function walletBalance( entries: { amount: number }[] ): number {
	return sumMinor( entries.map( ( entry ) => entry.amount ) );
}

/** How a charge is settled with the wallet (all minor units). */
export interface WalletSettlement {
	/** Credit taken from the wallet, ≥ 0. */
	walletUsed: number;
	/** What the card pays, ≥ 0. */
	dueNow: number;
	/** Credit above the charge that goes into the wallet, ≥ 0 (RULES W1). */
	excess: number;
	/** Balance afterwards: balance − walletUsed + excess. */
	walletAfter: number;
}

/** Settles a total (Σ lines before the wallet, may be negative) against a wallet balance: the wallet pays first (W2), excess credit goes into it (W1). */
export function settleWithWallet(
	total: number,
	balance: number
): WalletSettlement {
	const positive = Math.max( 0, total );
	const available = Math.max( 0, balance );
	const walletUsed = Math.min( available, positive );
	const excess = Math.max( 0, -total );
	return {
		walletUsed,
		dueNow: positive - walletUsed,
		excess,
		walletAfter: balance - walletUsed + excess,
	};
}
