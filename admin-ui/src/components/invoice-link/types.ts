import type { Payment } from '../../api/types';

export interface InvoiceLinkProps {
	/** The payment whose invoice opens; nothing is shown before it completes (no invoice number yet). */
	payment: Pick< Payment, 'id' | 'invoice_number' >;
}
