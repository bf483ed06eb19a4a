import { __, sprintf } from '@wordpress/i18n';
import type { Payment } from '../../api/types';
import { formatDate, formatMoney } from '../../format';
import { paymentStatusLabel } from '../../components/status-badge';
import { InvoiceLink } from '../../components/invoice-link';

/** The customer's payments, newest first, each with its lines, status and (once completed) invoice. */
export function BillingHistory( { payments }: { payments: Payment[] } ) {
	const sorted = [ ...payments ].sort(
		( a, b ) => b.created_at.localeCompare( a.created_at ) || b.id - a.id
	);
	return (
		<section
			className="wu-account-section"
			aria-labelledby="wu-billing-history"
		>
			<h2 id="wu-billing-history">
				{ __( 'Billing history', 'wu-plan-change' ) }
			</h2>
			{ sorted.length === 0 ? (
				<p>{ __( 'No payments yet.', 'wu-plan-change' ) }</p>
			) : (
				<table className="wp-list-table widefat striped wu-billing-history">
					<thead>
						<tr>
							<th scope="col">
								{ __( 'Date', 'wu-plan-change' ) }
							</th>
							<th scope="col">
								{ __( 'Items', 'wu-plan-change' ) }
							</th>
							<th scope="col" className="is-amount">
								{ __( 'Total', 'wu-plan-change' ) }
							</th>
							<th scope="col">
								{ __( 'Status', 'wu-plan-change' ) }
							</th>
							<th scope="col">
								<span className="screen-reader-text">
									{ __( 'Invoice', 'wu-plan-change' ) }
								</span>
							</th>
						</tr>
					</thead>
					<tbody>
						{ sorted.map( ( payment ) => (
							<tr key={ payment.id }>
								<td>{ formatDate( payment.created_at ) }</td>
								<td>
									<ul className="wu-billing-history__lines">
										{ payment.lines.map(
											( line, index ) => (
												<li key={ index }>
													{ sprintf(
														/* translators: 1: a line's description, 2: its amount */
														__(
															'%1$s: %2$s',
															'wu-plan-change'
														),
														line.quantity > 1
															? `${ line.description } × ${ line.quantity }`
															: line.description,
														formatMoney(
															line.amount,
															payment.currency
														)
													) }
												</li>
											)
										) }
									</ul>
								</td>
								<td className="is-amount">
									{ formatMoney(
										payment.total,
										payment.currency
									) }
								</td>
								<td>
									<span
										className={ `wu-status is-${ payment.status }` }
									>
										{ paymentStatusLabel( payment.status ) }
									</span>
									{ ( payment.refunded_total ?? 0 ) > 0 && (
										<span className="wu-billing-history__refunded">
											{ ' ' }
											{ sprintf(
												/* translators: %s: an amount of money */
												__(
													'(%s refunded)',
													'wu-plan-change'
												),
												formatMoney(
													payment.refunded_total ?? 0,
													payment.currency
												)
											) }
										</span>
									) }
								</td>
								<td>
									<InvoiceLink payment={ payment } />
								</td>
							</tr>
						) ) }
					</tbody>
				</table>
			) }
		</section>
	);
}
