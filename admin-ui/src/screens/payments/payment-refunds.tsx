import {
	Button,
	Modal,
	Notice,
	RadioControl,
	TextControl,
} from '@wordpress/components';
import { useRef, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import type { FormEvent } from 'react';
import { errorMessage, type RestError } from '../../api/client';
import { refundPayment } from '../../api/payments';
import type { Payment } from '../../api/types';
import { minorToDecimal, parseMoney } from '../../components/money';
import { Panel } from '../../components/panel';
import { formatDate, formatMoney } from '../../format';
import { newIdempotencyKey } from '../../hooks/idempotency-key';
import { useNotices } from '../../shell/notices';

/** What is left to refund of a payment, minor units (RULES X3). */
export function refundableOf( payment: Payment ): number {
	return [ 'completed', 'partially_refunded' ].includes( payment.status )
		? payment.total - ( payment.refunded_total ?? 0 )
		: 0;
}

function RefundDialog( {
	payment,
	onClose,
	onDone,
}: {
	payment: Payment;
	onClose: () => void;
	onDone: () => void;
} ) {
	const { createNotice } = useNotices();
	const left = refundableOf( payment );
	const byCard = payment.gateway === 'test_card';
	const [ amount, setAmount ] = useState(
		minorToDecimal( left, payment.currency )
	);
	const [ to, setTo ] = useState< 'card' | 'wallet' >(
		byCard ? 'card' : 'wallet'
	);
	const [ reason, setReason ] = useState( '' );
	const [ busy, setBusy ] = useState( false );
	const [ problem, setProblem ] = useState< string | null >( null );
	/** Kept until the server answers definitely, so that a retried click refunds once (X3). */
	const key = useRef< string | null >( null );
	const submit = async ( event: FormEvent ) => {
		event.preventDefault();
		const minor = parseMoney( amount, payment.currency );
		if ( minor === null || minor <= 0 || minor > left ) {
			setProblem(
				sprintf(
					/* translators: %s: an amount of money */
					__(
						'Enter an amount more than 0 and at most %s.',
						'wu-plan-change'
					),
					formatMoney( left, payment.currency )
				)
			);
			return;
		}
		setBusy( true );
		setProblem( null );
		key.current ??= newIdempotencyKey();
		try {
			await refundPayment(
				payment.id,
				{ amount: minor, to, reason: reason.trim() || undefined },
				key.current
			);
			key.current = null;
			const money = formatMoney( minor, payment.currency );
			createNotice(
				'success',
				to === 'card'
					? sprintf(
							/* translators: %s: an amount of money */
							__(
								'%s was refunded to the card.',
								'wu-plan-change'
							),
							money
						)
					: sprintf(
							/* translators: %s: an amount of money */
							__(
								'%s was credited to the wallet.',
								'wu-plan-change'
							),
							money
						)
			);
			onDone();
		} catch ( failure ) {
			if ( typeof ( failure as RestError )?.code === 'string' ) {
				key.current = null;
			}
			setProblem( errorMessage( failure ) );
		} finally {
			setBusy( false );
		}
	};
	return (
		<Modal
			title={ __( 'Refund', 'wu-plan-change' ) }
			onRequestClose={ onClose }
			size="medium"
		>
			<form onSubmit={ submit } className="wu-refund-form">
				<TextControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					label={ __( 'Amount', 'wu-plan-change' ) }
					help={ sprintf(
						/* translators: %s: an amount of money */
						__( 'At most %s is left to refund.', 'wu-plan-change' ),
						formatMoney( left, payment.currency )
					) }
					value={ amount }
					onChange={ setAmount }
					inputMode="decimal"
				/>
				<RadioControl
					label={ __( 'Refund to', 'wu-plan-change' ) }
					selected={ to }
					onChange={ ( value ) =>
						setTo( value as 'card' | 'wallet' )
					}
					options={ [
						...( byCard
							? [
									{
										value: 'card',
										label: __(
											'The card it was paid with',
											'wu-plan-change'
										),
									},
								]
							: [] ),
						{
							value: 'wallet',
							label: __(
								"The customer's wallet",
								'wu-plan-change'
							),
						},
					] }
				/>
				<TextControl
					__nextHasNoMarginBottom
					__next40pxDefaultSize
					label={ __( 'Reason', 'wu-plan-change' ) }
					value={ reason }
					onChange={ setReason }
				/>
				{ problem && (
					<Notice status="error" isDismissible={ false }>
						{ problem }
					</Notice>
				) }
				<div className="wu-actions">
					<Button
						variant="tertiary"
						onClick={ onClose }
						__next40pxDefaultSize
					>
						{ __( 'Cancel', 'wu-plan-change' ) }
					</Button>
					<Button
						type="submit"
						variant="primary"
						isBusy={ busy }
						disabled={ busy }
						__next40pxDefaultSize
					>
						{ __( 'Refund', 'wu-plan-change' ) }
					</Button>
				</div>
			</form>
		</Modal>
	);
}

/** A payment's refunds (RULES X3): what was refunded, where, by whom; "Refund" while something is left. */
export function PaymentRefunds( {
	payment,
	onRefunded,
}: {
	payment: Payment;
	onRefunded: () => void;
} ) {
	const [ open, setOpen ] = useState( false );
	const refunds = payment.refunds ?? [];
	const left = refundableOf( payment );
	return (
		<Panel
			id="wu-payment-refunds"
			title={ __( 'Refunds', 'wu-plan-change' ) }
		>
			<p>
				{ sprintf(
					/* translators: 1: amount refunded, 2: amount left */
					__( 'Refunded: %1$s. Left: %2$s.', 'wu-plan-change' ),
					formatMoney(
						payment.refunded_total ?? 0,
						payment.currency
					),
					formatMoney( left, payment.currency )
				) }
			</p>
			{ refunds.length > 0 && (
				<table className="widefat wu-list-table wu-refunds">
					<caption className="screen-reader-text">
						{ __( 'Refunds', 'wu-plan-change' ) }
					</caption>
					<thead>
						<tr>
							<th scope="col">
								{ __( 'Date', 'wu-plan-change' ) }
							</th>
							<th scope="col">
								{ __( 'Amount', 'wu-plan-change' ) }
							</th>
							<th scope="col">
								{ __( 'Refund to', 'wu-plan-change' ) }
							</th>
							<th scope="col">
								{ __( 'Reason', 'wu-plan-change' ) }
							</th>
							<th scope="col">
								{ __( 'By', 'wu-plan-change' ) }
							</th>
						</tr>
					</thead>
					<tbody>
						{ refunds.map( ( refund ) => (
							<tr key={ refund.id }>
								<td>{ formatDate( refund.created_at ) }</td>
								<td>
									{ formatMoney(
										refund.amount,
										refund.currency
									) }
								</td>
								<td>
									{ refund.to === 'card'
										? __( 'Card', 'wu-plan-change' )
										: __( 'Wallet', 'wu-plan-change' ) }
								</td>
								<td>{ refund.reason }</td>
								<td>{ refund.actor?.name ?? '—' }</td>
							</tr>
						) ) }
					</tbody>
				</table>
			) }
			{ left > 0 && (
				<div className="wu-actions">
					<Button
						variant="secondary"
						onClick={ () => setOpen( true ) }
					>
						{ __( 'Refund', 'wu-plan-change' ) }
					</Button>
				</div>
			) }
			{ open && (
				<RefundDialog
					payment={ payment }
					onClose={ () => setOpen( false ) }
					onDone={ () => {
						setOpen( false );
						onRefunded();
					} }
				/>
			) }
		</Panel>
	);
}
