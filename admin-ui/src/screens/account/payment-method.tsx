import { Button, Notice } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import type { FormEvent } from 'react';
import { errorMessage } from '../../api/client';
import { saveCard } from '../../api/customers';
import type { Customer } from '../../api/types';
import {
	CardField,
	cardNumberProblem,
	parseCardNumber,
} from '../../components/card-field';
import { useNotices } from '../../shell/notices';

/** The saved card for renewals, with "Replace card" at any time (not only on hold). */
export function PaymentMethod( {
	customer,
	reload,
}: {
	customer: Customer;
	reload: () => Promise< void >;
} ) {
	const { createNotice } = useNotices();
	const [ open, setOpen ] = useState( false );
	const [ card, setCard ] = useState( '' );
	const [ busy, setBusy ] = useState( false );
	const [ error, setError ] = useState< string | null >( null );

	const save = async ( event: FormEvent ) => {
		event.preventDefault();
		const number = parseCardNumber( card );
		if ( ! number ) {
			setError( cardNumberProblem( card ) );
			return;
		}
		setBusy( true );
		setError( null );
		try {
			await saveCard( customer.id, number );
			await reload();
			setOpen( false );
			setCard( '' );
			createNotice(
				'success',
				__(
					'Your new card is saved; renewals are charged to it.',
					'wu-plan-change'
				)
			);
		} catch ( failure ) {
			setError( errorMessage( failure ) );
		} finally {
			setBusy( false );
		}
	};

	return (
		<section
			className="wu-account-section wu-payment-method"
			aria-labelledby="wu-payment-method"
		>
			<h2 id="wu-payment-method">
				{ __( 'Payment method', 'wu-plan-change' ) }
			</h2>
			<p className="wu-payment-method__card">
				{ customer.card
					? sprintf(
							/* translators: %s: the last four digits of the card */
							__( 'Card ending in %s', 'wu-plan-change' ),
							customer.card.last4
						)
					: __( 'No card is saved.', 'wu-plan-change' ) }
			</p>
			{ open ? (
				<form
					className="wu-payment-method__form"
					onSubmit={ save }
					aria-label={ __( 'Replace card', 'wu-plan-change' ) }
				>
					<CardField
						value={ card }
						onChange={ setCard }
						disabled={ busy }
					/>
					<div className="wu-actions">
						<Button
							type="submit"
							variant="primary"
							disabled={ busy }
							isBusy={ busy }
							__next40pxDefaultSize
						>
							{ __( 'Save card', 'wu-plan-change' ) }
						</Button>
						<Button
							variant="tertiary"
							onClick={ () => {
								setOpen( false );
								setError( null );
							} }
							__next40pxDefaultSize
						>
							{ __( 'Cancel', 'wu-plan-change' ) }
						</Button>
					</div>
				</form>
			) : (
				<Button
					variant="secondary"
					onClick={ () => setOpen( true ) }
					__next40pxDefaultSize
				>
					{ __( 'Replace card', 'wu-plan-change' ) }
				</Button>
			) }
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ error }
				</Notice>
			) }
		</section>
	);
}
