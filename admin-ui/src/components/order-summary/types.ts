import type { RestError } from '../../api/client';
import type { Quote } from '../../api/types';

/** Props of {@link OrderSummary}. */
export interface OrderSummaryProps {
	/** The quote to show (RULES §7); null while none has been made. */
	quote: Quote | null;
	/** The answer of a refused quote: `wu_no_changes`, `wu_over_limit` (with `data.limits`), `wu_not_available` … */
	error?: RestError | null;
	/** True while a quote for the latest choice is on its way; the previous one stays visible, dimmed. */
	loading?: boolean;
	/** The name of a product by id, for the add-ons a change removes. */
	productName: ( id: number ) => string;
	/** Shown when there is neither a quote nor an error, e.g. "Choose a plan or add-on". */
	placeholder?: string;
	/** Who reads it (RULES L4): the customer ("you use") or the network admin ("the customer uses"). */
	audience?: 'customer' | 'admin';
	/** A site's name by id, for the limits a change leaves exceeded; "Site #3" when left out. */
	siteName?: ( id: number ) => string | undefined;
}
