import { __, sprintf } from '@wordpress/i18n';
import { invoiceUrl } from '../../api/payments';
import { useBoot } from '../../shell/boot-context';
import type { InvoiceLinkProps } from './types';

/** "Invoice": the payment's printable invoice (GET /payments/{id}/invoice) in a new tab. */
export function InvoiceLink( { payment }: InvoiceLinkProps ) {
	const { rest_root: restRoot } = useBoot();
	if (
		payment.invoice_number === null ||
		payment.invoice_number === undefined
	) {
		return null;
	}
	return (
		<a
			className="wu-invoice-link"
			href={ invoiceUrl( restRoot, payment.id ) }
			target="_blank"
			rel="noopener noreferrer"
			aria-label={ sprintf(
				/* translators: %d: invoice number */ __(
					'Invoice %d (opens in a new tab)',
					'wu-plan-change'
				),
				payment.invoice_number
			) }
		>
			{ __( 'Invoice', 'wu-plan-change' ) }
		</a>
	);
}
