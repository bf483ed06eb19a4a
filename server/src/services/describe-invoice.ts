import { __, sprintf } from '../i18n';
import { DomainError } from '../domain/errors';
import type { Customer } from '../domain/customer';
import type { Payment } from '../domain/payment';
import type { Locale } from '../i18n';
import type { BillingDeps } from './billing-deps';
import { loadCustomer } from './load';

/** What an invoice shows (API.md `GET /payments/{id}/invoice`): the seller, the buyer and the payment. */
export interface Invoice {
	networkName: string;
	payment: Payment & { invoiceNumber: number; completedAt: string };
	customer: Customer;
	/** The customer's own language, or null when they follow the network's. */
	locale: Locale | null;
}

/** The invoice of a completed payment; `wu_payment_not_completed` (409) before it completes. */
export function describeInvoice(
	deps: BillingDeps,
	payment: Payment
): Invoice {
	if ( payment.invoiceNumber === null || payment.completedAt === null ) {
		throw new DomainError(
			'conflict',
			'wu_payment_not_completed',
			sprintf(
				/* translators: 1: payment id, 2: payment status code such as pending or failed */ __(
					'Payment #%1$d is %2$s: an invoice is made once a payment completes.',
					'wu-plan-change'
				),
				payment.id,
				payment.status
			)
		);
	}
	const customer = loadCustomer( deps, payment.customerId );
	return {
		networkName: deps.settings.networkName(),
		payment: {
			...payment,
			invoiceNumber: payment.invoiceNumber,
			completedAt: payment.completedAt,
		},
		customer,
		locale: deps.users.localeOf( customer.userId ),
	};
}
