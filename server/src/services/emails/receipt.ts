import { __, sprintf } from '../../i18n';
import type { RenderedEmail } from '../../domain/email';
import { formatDay } from '../../domain/instant';
import { formatAmount } from '../../domain/money';
import { composeEmail, type EmailBlock } from './compose-email';

/** What a receipt shows: a completed payment with its lines (amounts in minor units). */
export interface ReceiptInput {
	name: string;
	paymentId: number;
	/** When the payment completed (instant). */
	paidAt: string;
	currency: string;
	lines: { description: string; quantity: number; amount: number }[];
	/** What was charged, minor units (the lines' sum). */
	total: number;
	/** The payment's invoice page, once the payment has an invoice number; null before. */
	invoiceUrl: string | null;
	accountUrl: string;
}

function lineLabel( line: ReceiptInput[ 'lines' ][ number ] ): string {
	return line.quantity > 1
		? sprintf(
				/* translators: 1: a line's description such as "Extra Disk — 1 month", 2: its quantity */
				__( '%1$s × %2$d', 'wu-plan-change' ),
				line.description,
				line.quantity
			)
		: line.description;
}

/** The receipt sent after each completed payment (payment.completed). */
export function renderReceipt( input: ReceiptInput ): RenderedEmail {
	const blocks: EmailBlock[] = [
		{
			paragraph: sprintf(
				/* translators: 1: an amount such as "99.00 USD", 2: a date */
				__(
					'Thank you for your payment of %1$s on %2$s. This is your receipt.',
					'wu-plan-change'
				),
				formatAmount( input.total, input.currency ),
				formatDay( input.paidAt )
			),
		},
		{
			amounts: {
				rows: input.lines.map( ( line ) => [
					lineLabel( line ),
					formatAmount( line.amount, input.currency ),
				] ),
				total: [
					__( 'Total', 'wu-plan-change' ),
					formatAmount( input.total, input.currency ),
				],
			},
		},
		input.invoiceUrl
			? {
					link: {
						label: __( 'Your invoice', 'wu-plan-change' ),
						url: input.invoiceUrl,
					},
				}
			: {
					link: {
						label: __( 'Your billing history', 'wu-plan-change' ),
						url: input.accountUrl,
					},
				},
	];
	return composeEmail(
		sprintf(
			/* translators: %d: payment number */
			__( 'Your receipt for payment #%d', 'wu-plan-change' ),
			input.paymentId
		),
		input.name,
		blocks
	);
}
