import { Button, Notice, TextControl } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import type { FormEvent } from 'react';
import { adjustWallet } from '../../api/customers';
import { errorMessage, type RestError } from '../../api/client';
import type { Customer } from '../../api/types';
import { parseMoney } from '../../components/money';
import { invalidate } from '../../data/use-query';
import { TAGS } from '../../data/queries';
import { formatMoney } from '../../format';
import { useNotices } from '../../shell/notices';

/** A typed signed amount ("-12.50", "+5", "5") → minor units, or null. */
export function parseSignedMoney(
	text: string,
	currency: string
): number | null {
	const match = /^\s*([-+−]?)\s*(.*)$/.exec( text );
	const minor = parseMoney( match?.[ 2 ] ?? '', currency );
	if ( minor === null ) {
		return null;
	}
	return match?.[ 1 ] === '-' || match?.[ 1 ] === '−' ? -minor : minor;
}

/** The network admin's "Credit or debit" form of a customer's wallet (RULES X4): a signed amount and a reason. */
export function WalletAdjust( {
	customer,
	currency,
}: {
	customer: Customer;
	currency: string;
} ) {
	const { createNotice } = useNotices();
	const [ amount, setAmount ] = useState( '' );
	const [ reason, setReason ] = useState( '' );
	const [ busy, setBusy ] = useState( false );
	const [ problems, setProblems ] = useState< Record< string, string > >(
		{}
	);
	const submit = async ( event: FormEvent ) => {
		event.preventDefault();
		const minor = parseSignedMoney( amount, currency );
		const found: Record< string, string > = {};
		if ( minor === null || minor === 0 ) {
			found.amount = __(
				'Enter an amount other than 0: positive to credit, negative (with a minus sign) to debit.',
				'wu-plan-change'
			);
		}
		if ( reason.trim() === '' ) {
			found.reason = __(
				'Enter the reason the customer will see.',
				'wu-plan-change'
			);
		}
		setProblems( found );
		if ( minor === null || Object.keys( found ).length > 0 ) {
			return;
		}
		setBusy( true );
		try {
			const answer = await adjustWallet(
				customer.id,
				minor,
				reason.trim()
			);
			setAmount( '' );
			setReason( '' );
			createNotice(
				'success',
				sprintf(
					/* translators: %s: an amount of money */
					__( 'The wallet balance is now %s.', 'wu-plan-change' ),
					formatMoney( answer.customer.wallet_balance, currency )
				)
			);
			invalidate( TAGS.customers );
		} catch ( failure ) {
			const params = ( failure as RestError )?.data?.params as
				Record< string, string > | undefined;
			setProblems( params ?? { form: errorMessage( failure ) } );
		} finally {
			setBusy( false );
		}
	};
	return (
		<form
			className="wu-wallet-adjust"
			onSubmit={ submit }
			aria-label={ __( 'Credit or debit', 'wu-plan-change' ) }
		>
			<h3>{ __( 'Credit or debit', 'wu-plan-change' ) }</h3>
			<TextControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Amount', 'wu-plan-change' ) }
				help={
					problems.amount ??
					__(
						'Positive adds credit; negative (e.g. -5.00) takes it away. The balance cannot go below 0.',
						'wu-plan-change'
					)
				}
				value={ amount }
				onChange={ setAmount }
				inputMode="decimal"
			/>
			<TextControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				label={ __( 'Reason', 'wu-plan-change' ) }
				help={ problems.reason }
				value={ reason }
				onChange={ setReason }
			/>
			{ Object.keys( problems ).length > 0 && (
				<Notice status="error" isDismissible={ false }>
					{ Object.values( problems ).join( ' ' ) }
				</Notice>
			) }
			<div className="wu-actions">
				<Button
					type="submit"
					variant="secondary"
					isBusy={ busy }
					disabled={ busy }
					__next40pxDefaultSize
				>
					{ __( 'Save wallet entry', 'wu-plan-change' ) }
				</Button>
			</div>
		</form>
	);
}
