import { Button, Notice } from '@wordpress/components';
import { useRef, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import type { FormEvent } from 'react';
import { errorMessage, type RestError } from '../../api/client';
import { payRenewal } from '../../api/memberships';
import type { Membership } from '../../api/types';
import {
	CardField,
	cardNumberProblem,
	parseCardNumber,
} from '../../components/card-field';
import { formatDate } from '../../format';
import { newIdempotencyKey } from '../../hooks/idempotency-key';
import { useNotices } from '../../shell/notices';

interface Props {
	/** The on-hold membership. */
	membership: Membership;
	/** Loads the Account page's data again once the renewal is paid. */
	reload: () => Promise< void >;
}

/** What the customer is told about a failed renewal: the next automatic retry, when there is one (RULES R2). */
function onHoldText( membership: Membership ): string {
	if ( membership.next_retry_at ) {
		return sprintf(
			/* translators: %s: a date */
			__(
				'Your last renewal payment failed. We will try again automatically on %s, and your limits are kept until then. You can also pay now.',
				'wu-plan-change'
			),
			formatDate( membership.next_retry_at )
		);
	}
	return __(
		'Your last renewal payment failed. Your limits are kept for now; pay now to keep your membership.',
		'wu-plan-change'
	);
}

/**
 * The on-hold notice of the Your Membership box (RULES R2) with a "Pay now" form: a test card
 * pays the failed renewal at once. A decline shows the gateway's message and changes nothing.
 */
export function OnHoldNotice( { membership, reload }: Props ) {
	const { createNotice } = useNotices();
	const [ card, setCard ] = useState( '' );
	const [ pending, setPending ] = useState( false );
	const [ error, setError ] = useState< string | null >( null );
	const pendingRef = useRef( false );
	/** Kept until the server answers definitely, so that a retried request after a lost answer is the same payment. */
	const key = useRef< string | null >( null );
	const input = useRef< HTMLInputElement >( null );

	const fail = ( message: string ) => {
		setError( message );
		// NOTE: the disabled field and button lose focus while paying; put it back where the customer types again.
		window.setTimeout( () => input.current?.focus(), 0 );
	};

	const pay = async ( event: FormEvent ) => {
		event.preventDefault();
		if ( pendingRef.current ) {
			return;
		}
		const number = parseCardNumber( card );
		if ( ! number ) {
			fail( cardNumberProblem( card ) ?? '' );
			return;
		}
		pendingRef.current = true;
		setPending( true );
		setError( null );
		key.current ??= newIdempotencyKey();
		try {
			await payRenewal(
				membership.id,
				{ type: 'test_card', number },
				key.current
			);
			key.current = null;
			await reload();
			createNotice(
				'success',
				__(
					'Thank you! Your membership is active again.',
					'wu-plan-change'
				)
			);
		} catch ( failure ) {
			const rest = failure as RestError;
			if ( rest && typeof rest.code === 'string' ) {
				key.current = null;
			}
			if ( rest?.code === 'wu_payment_declined' ) {
				fail(
					sprintf(
						/* translators: %s: the payment gateway's reason */
						__(
							'%s Nothing was charged and your membership is still on hold.',
							'wu-plan-change'
						),
						rest.message
					)
				);
			} else if ( rest?.code === 'wu_not_on_hold' ) {
				// Paid or ended meanwhile (a retry, an admin): show the membership as it is now.
				createNotice( 'info', errorMessage( failure ) );
				await reload();
			} else {
				fail( errorMessage( failure ) );
			}
		} finally {
			pendingRef.current = false;
			setPending( false );
		}
	};

	const text = onHoldText( membership );
	return (
		<div className="wu-on-hold">
			<Notice
				status="warning"
				isDismissible={ false }
				className="wu-on-hold__notice"
				spokenMessage={ text }
			>
				<p>{ text }</p>
				<form
					className="wu-on-hold__pay"
					onSubmit={ pay }
					aria-label={ __(
						'Pay the failed renewal',
						'wu-plan-change'
					) }
				>
					<CardField
						ref={ input }
						value={ card }
						onChange={ setCard }
						disabled={ pending }
					/>
					<Button
						type="submit"
						variant="primary"
						__next40pxDefaultSize
						disabled={ pending }
						isBusy={ pending }
					>
						{ __( 'Pay now', 'wu-plan-change' ) }
					</Button>
				</form>
			</Notice>
			{ error && (
				<Notice
					status="error"
					isDismissible={ false }
					className="wu-on-hold__error"
				>
					{ error }
				</Notice>
			) }
		</div>
	);
}
