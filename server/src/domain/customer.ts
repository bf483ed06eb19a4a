/** A saved card: the gateway's reference and the last four digits to show. */
export interface SavedCard {
	reference: string;
	last4: string;
}

/** A customer with their user's account fields (the wallet balance lives in the ledger). */
export interface Customer {
	id: number;
	userId: number;
	username: string;
	email: string;
	displayName: string;
	card: SavedCard | null;
	createdAt: string;
}
