/** A stored answer of an idempotent request. */
export interface StoredAnswer {
	requestHash: string;
	status: number;
	body: unknown;
}
