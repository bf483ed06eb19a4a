import { __, languageTag, sprintf, withLocale, type Locale } from '../i18n';
import { formatAmount } from '../domain/money';
import { formatDay } from '../domain/instant';
import type { QuoteLine } from '../domain/types';
import type { Invoice } from '../services/describe-invoice';
import { escapeHtml } from './page-shell';

/** Print-friendly styles: one column, black on white, no screen chrome on paper. */
const STYLE = `
body { font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, sans-serif; color: #1e1e1e; margin: 0; background: #f0f0f1; }
main { max-width: 48rem; margin: 2rem auto; padding: 2.5rem; background: #fff; border: 1px solid #dcdcde; }
header { display: flex; justify-content: space-between; align-items: flex-start; gap: 2rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1rem; margin: 1.5rem 0 .25rem; }
dl { margin: 0; display: grid; grid-template-columns: auto auto; gap: 0 1rem; }
dt { color: #50575e; }
dd { margin: 0; text-align: right; }
table { width: 100%; border-collapse: collapse; margin-top: 1.5rem; }
th, td { text-align: left; padding: .5rem .25rem; border-bottom: 1px solid #dcdcde; vertical-align: top; }
td.num, th.num { text-align: right; white-space: nowrap; }
tfoot th { font-weight: normal; text-align: right; }
tfoot tr.total th, tfoot tr.total td { font-weight: 600; font-size: 1.1em; border-bottom: 0; }
@media print {
	body { background: #fff; }
	main { margin: 0; padding: 0; border: 0; max-width: none; }
	@page { margin: 2cm; }
}
`;

function sum( lines: QuoteLine[] ): number {
	return lines.reduce( ( total, line ) => total + line.amount, 0 );
}

function row( label: string, amount: string, className = '' ): string {
	return `<tr${ className ? ` class="${ className }"` : '' }><th colspan="3" scope="row">${ escapeHtml( label ) }</th><td class="num">${ escapeHtml( amount ) }</td></tr>`;
}

/** The totals under the lines: what was charged, credit for unused time, the wallet, the total paid. */
function totals( invoice: Invoice ): string {
	const { lines, total, currency } = invoice.payment;
	const money = ( amount: number ) => formatAmount( amount, currency );
	const charges = lines.filter(
		( l ) => l.kind !== 'proration_credit' && l.kind !== 'wallet_credit'
	);
	const credit = sum(
		lines.filter( ( l ) => l.kind === 'proration_credit' )
	);
	const wallet = lines.filter( ( l ) => l.kind === 'wallet_credit' );
	const walletUsed = sum( wallet.filter( ( l ) => l.amount < 0 ) );
	const walletAdded = sum( wallet.filter( ( l ) => l.amount > 0 ) );
	return [
		row( __( 'Subtotal', 'wu-plan-change' ), money( sum( charges ) ) ),
		credit !== 0
			? row(
					__( 'Credit for unused time', 'wu-plan-change' ),
					money( credit )
				)
			: '',
		walletAdded !== 0
			? row(
					__( 'Added to your wallet', 'wu-plan-change' ),
					money( walletAdded )
				)
			: '',
		walletUsed !== 0
			? row(
					__( 'Wallet credit used', 'wu-plan-change' ),
					money( walletUsed )
				)
			: '',
		row( __( 'Total paid', 'wu-plan-change' ), money( total ), 'total' ),
	].join( '' );
}

function linesTable( invoice: Invoice ): string {
	const { currency } = invoice.payment;
	const body = invoice.payment.lines
		.map(
			( line ) =>
				`<tr><td>${ escapeHtml( line.description ) }</td><td class="num">${ line.quantity }</td><td class="num">${ escapeHtml( formatAmount( line.unitAmount, currency ) ) }</td><td class="num">${ escapeHtml( formatAmount( line.amount, currency ) ) }</td></tr>`
		)
		.join( '' );
	return `<table>
<thead><tr><th scope="col">${ escapeHtml( __( 'Description', 'wu-plan-change' ) ) }</th><th scope="col" class="num">${ escapeHtml( __( 'Quantity', 'wu-plan-change' ) ) }</th><th scope="col" class="num">${ escapeHtml( __( 'Unit price', 'wu-plan-change' ) ) }</th><th scope="col" class="num">${ escapeHtml( __( 'Amount', 'wu-plan-change' ) ) }</th></tr></thead>
<tbody>${ body }</tbody>
<tfoot>${ totals( invoice ) }</tfoot>
</table>`;
}

function page( invoice: Invoice, locale: Locale ): string {
	const { payment, customer } = invoice;
	const title = sprintf(
		/* translators: %d: invoice number */ __(
			'Invoice %d',
			'wu-plan-change'
		),
		payment.invoiceNumber
	);
	const facts: [ string, string ][] = [
		[
			__( 'Invoice number', 'wu-plan-change' ),
			String( payment.invoiceNumber ),
		],
		[ __( 'Date', 'wu-plan-change' ), formatDay( payment.completedAt ) ],
		[ __( 'Payment', 'wu-plan-change' ), `#${ payment.id }` ],
		[ __( 'Currency', 'wu-plan-change' ), payment.currency ],
	];
	return `<!DOCTYPE html>
<html lang="${ languageTag( locale ) }">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${ escapeHtml( `${ title } · ${ invoice.networkName }` ) }</title>
<style>${ STYLE }</style>
</head>
<body>
<main>
<header>
<div>
<h1>${ escapeHtml( title ) }</h1>
<p class="seller">${ escapeHtml( invoice.networkName ) }</p>
</div>
<dl>${ facts.map( ( [ term, value ] ) => `<dt>${ escapeHtml( term ) }</dt><dd>${ escapeHtml( value ) }</dd>` ).join( '' ) }</dl>
</header>
<section aria-labelledby="bill-to">
<h2 id="bill-to">${ escapeHtml( __( 'Customer', 'wu-plan-change' ) ) }</h2>
<p>${ escapeHtml( customer.displayName ) }<br>${ escapeHtml( customer.email ) }</p>
</section>
${ linesTable( invoice ) }
</main>
</body>
</html>
`;
}

/** The printable invoice (HTML, every value escaped) in `locale`: the customer's, else the network's. */
export function renderInvoice( invoice: Invoice, locale: Locale ): string {
	return withLocale( locale, () => page( invoice, locale ) );
}
