import { Button } from '@wordpress/components';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { errorMessage } from '../../api/client';
import { completePayment } from '../../api/payments';
import type { Payment } from '../../api/types';
import { LoadState } from '../../components/load-state';
import { CustomerLink } from '../../components/customer-link';
import { paymentQuery, TAGS } from '../../data/queries';
import { invalidate, useQuery } from '../../data/use-query';
import { paymentStatusLabel, StatusBadge } from '../../components/status-badge';
import { formatDate, formatMoney } from '../../format';
import { useNotices } from '../../shell/notices';
import { Link } from '../../shell/router';
import { Panel } from '../../components/panel';
import { PaymentRefunds } from './payment-refunds';
import { InvoiceLink } from '../../components/invoice-link';

function Lines( { payment }: { payment: Payment } ) {
	return (
		<table className="widefat wu-list-table">
			<caption className="screen-reader-text">
				{ __( 'Lines', 'wu-plan-change' ) }
			</caption>
			<thead>
				<tr>
					<th scope="col">
						{ __( 'Description', 'wu-plan-change' ) }
					</th>
					<th scope="col">{ __( 'Quantity', 'wu-plan-change' ) }</th>
					<th scope="col">
						{ __( 'Unit amount', 'wu-plan-change' ) }
					</th>
					<th scope="col">{ __( 'Amount', 'wu-plan-change' ) }</th>
				</tr>
			</thead>
			<tbody>
				{ payment.lines.map( ( line, index ) => (
					<tr key={ index }>
						<th scope="row">{ line.description }</th>
						<td>{ line.quantity }</td>
						<td>
							{ formatMoney(
								line.unit_amount,
								payment.currency
							) }
						</td>
						<td>
							{ formatMoney( line.amount, payment.currency ) }
						</td>
					</tr>
				) ) }
			</tbody>
			<tfoot>
				<tr>
					<th scope="row" colSpan={ 3 }>
						{ __( 'Total', 'wu-plan-change' ) }
					</th>
					<td>{ formatMoney( payment.total, payment.currency ) }</td>
				</tr>
			</tfoot>
		</table>
	);
}

function CompleteButton( {
	payment,
	onDone,
}: {
	payment: Payment;
	onDone: () => void;
} ) {
	const { createNotice } = useNotices();
	const [ confirming, setConfirming ] = useState( false );
	const [ busy, setBusy ] = useState( false );
	const complete = async () => {
		setConfirming( false );
		setBusy( true );
		try {
			await completePayment( payment.id );
			createNotice(
				'success',
				__(
					'The payment was completed; the change it pays for now applies.',
					'wu-plan-change'
				)
			);
			onDone();
		} catch ( error ) {
			createNotice( 'error', errorMessage( error ) );
		} finally {
			setBusy( false );
		}
	};
	return (
		<>
			<Button
				variant="primary"
				isBusy={ busy }
				disabled={ busy }
				accessibleWhenDisabled
				onClick={ () => setConfirming( true ) }
			>
				{ __( 'Complete payment', 'wu-plan-change' ) }
			</Button>
			<ConfirmDialog
				isOpen={ confirming }
				confirmButtonText={ __( 'Complete payment', 'wu-plan-change' ) }
				onConfirm={ complete }
				onCancel={ () => setConfirming( false ) }
			>
				{ sprintf(
					/* translators: %s: amount such as $70.00 */
					__(
						'Record that %s was received for this payment? The change it pays for is applied at once.',
						'wu-plan-change'
					),
					formatMoney( payment.total, payment.currency )
				) }
			</ConfirmDialog>
		</>
	);
}

/** A payment with its lines; a pending manual payment can be completed. */
export function PaymentDetail( {
	id,
	pageUrl,
	basePath,
}: {
	id: number;
	pageUrl: string;
	basePath: string;
} ) {
	const loaded = useQuery( paymentQuery, id );
	return (
		<div className="wu-detail-screen">
			<p>
				<Link href={ pageUrl }>
					{ __( '← All payments', 'wu-plan-change' ) }
				</Link>
			</p>
			<h2>
				{ sprintf(
					/* translators: %d: payment id */ __(
						'Payment #%d',
						'wu-plan-change'
					),
					id
				) }
			</h2>
			<LoadState loaded={ loaded }>
				{ ( payment ) => (
					<div className="wu-detail-grid">
						<Panel
							id="wu-payment-summary"
							title={ __( 'Summary', 'wu-plan-change' ) }
						>
							<dl className="wu-facts">
								<dt>{ __( 'Status', 'wu-plan-change' ) }</dt>
								<dd>
									<StatusBadge
										status={ payment.status }
										label={ paymentStatusLabel(
											payment.status
										) }
									/>
								</dd>
								<dt>{ __( 'Customer', 'wu-plan-change' ) }</dt>
								<dd>
									<CustomerLink
										id={ payment.customer_id }
										basePath={ basePath }
										name={ payment.customer_name }
									/>
								</dd>
								<dt>
									{ __( 'Membership', 'wu-plan-change' ) }
								</dt>
								<dd>
									{ payment.membership_id ? (
										<Link
											href={ `${ basePath }memberships/${ payment.membership_id }` }
										>{ `#${ payment.membership_id }` }</Link>
									) : (
										'—'
									) }
								</dd>
								<dt>{ __( 'Gateway', 'wu-plan-change' ) }</dt>
								<dd>{ payment.gateway }</dd>
								<dt>{ __( 'Date', 'wu-plan-change' ) }</dt>
								<dd>{ formatDate( payment.created_at ) }</dd>
								<dt>{ __( 'Total', 'wu-plan-change' ) }</dt>
								<dd>
									{ formatMoney(
										payment.total,
										payment.currency
									) }
								</dd>
								{ payment.invoice_number ? (
									<>
										<dt>
											{ __(
												'Invoice number',
												'wu-plan-change'
											) }
										</dt>
										<dd>
											{ payment.invoice_number }{ ' ' }
											<InvoiceLink payment={ payment } />
										</dd>
									</>
								) : null }
							</dl>
							{ payment.status === 'pending' &&
								payment.gateway === 'manual' && (
									<div className="wu-actions">
										<CompleteButton
											payment={ payment }
											onDone={ () =>
												invalidate(
													TAGS.payments,
													TAGS.memberships
												)
											}
										/>
									</div>
								) }
						</Panel>
						<PaymentRefunds
							payment={ payment }
							onRefunded={ () =>
								invalidate(
									TAGS.payments,
									TAGS.customers,
									TAGS.memberships
								)
							}
						/>
						<Panel
							id="wu-payment-lines"
							title={ __( 'Lines', 'wu-plan-change' ) }
						>
							{ payment.lines.length === 0 ? (
								<p>
									{ __(
										'This payment has no lines.',
										'wu-plan-change'
									) }
								</p>
							) : (
								<Lines payment={ payment } />
							) }
						</Panel>
					</div>
				) }
			</LoadState>
		</div>
	);
}
