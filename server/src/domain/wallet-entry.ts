/** One wallet movement (RULES W3), minor units: positive adds credit, negative spends it. */
export interface WalletEntry {
	id: number;
	customerId: number;
	amount: number;
	currency: string;
	reason: string;
	paymentId: number | null;
	createdAt: string;
}

/** A ledger entry with the balance right after it (the sum of it and all before), minor units. */
export interface WalletLedgerLine extends WalletEntry {
	balanceAfter: number;
	/** The network admin who made an entry by hand (RULES X4), with their display name; null for the billing engine's. */
	actor?: { id: number; name: string } | null;
}
