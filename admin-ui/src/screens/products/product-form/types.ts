import type { Product } from '../../../api/types';
import type { FieldErrors, ProductDraft } from './draft-model';

/** What every tab of the product form receives. */
export interface TabProps {
	/** The product as edited. */
	draft: ProductDraft;
	/** Merges a change into the draft. */
	update: ( patch: Partial< ProductDraft > ) => void;
	/** Messages by field, from the server or from parsing amounts. */
	errors: FieldErrors;
	/** The network currency the amounts are typed in. */
	currency: string;
	/** The whole catalogue (for add-ons and group names). */
	catalogue: Product[];
	/** The id of the product edited, or `null` for a new one. */
	productId: number | null;
}
