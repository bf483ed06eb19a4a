import { useRef, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { errorMessage, type RestError } from '../../api/client';
import { checkout, type PaymentMethod } from '../../api/memberships';
import type { Quote } from '../../api/types';
import { newIdempotencyKey } from '../../hooks/idempotency-key';
import { cardNumberProblem, parseCardNumber } from '../card-field';
import { needsOverLimitsConfirmation } from '../over-limits';
import type { ChangeCheckoutProps } from './types';

export interface LocalNotice {
	status: 'error' | 'warning' | 'success' | 'info';
	message: string;
}

/** The notice of a refused checkout: a stale quote (requoted), a declined card, or the server's message. */
function refusalNotice( failure: unknown ): LocalNotice {
	const rest = failure as RestError | undefined;
	if ( rest?.code === 'wu_quote_stale' ) {
		return {
			status: 'warning',
			message: __(
				'The price of this change has been updated since your summary was made. Nothing was charged. Please check the new summary and confirm again.',
				'wu-plan-change'
			),
		};
	}
	if ( rest?.code === 'wu_payment_declined' ) {
		return {
			status: 'error',
			message: sprintf(
				/* translators: %s: the payment gateway's reason */
				__(
					'%s Nothing was charged and your membership has not changed.',
					'wu-plan-change'
				),
				rest.message
			),
		};
	}
	return { status: 'error', message: errorMessage( failure ) };
}

/**
 * Paying a quote: the card (customer) or a manual payment (admin), one Idempotency-Key per quote
 * (kept across a retry that got no definite answer), never two payments on their way at once.
 */
export function useCheckoutPayment( {
	membershipId,
	mode,
	onDone,
	requote,
}: Pick< ChangeCheckoutProps, 'membershipId' | 'mode' | 'onDone' > & {
	requote: () => Promise< Quote | null >;
} ) {
	const [ card, setCard ] = useState( '' );
	const [ pending, setPending ] = useState( false );
	const [ notice, setNotice ] = useState< LocalNotice | null >( null );
	/** The quote id the admin confirmed applying over the limits (RULES L4). */
	const [ overLimitsConfirmed, setOverLimitsConfirmed ] = useState<
		string | null
	>( null );
	const pendingRef = useRef( false );
	const keys = useRef( new Map< string, string >() );

	const keyFor = ( q: Quote ): string => {
		let key = keys.current.get( q.id );
		if ( ! key ) {
			key = newIdempotencyKey();
			keys.current.set( q.id, key );
		}
		return key;
	};

	/** The payment method for `quote`, or null (with a notice) when the card is not usable. */
	const methodFor = ( quote: Quote ): PaymentMethod | undefined | null => {
		if ( quote.due_now <= 0 ) {
			return undefined;
		}
		if ( mode === 'admin' ) {
			return { type: 'manual' };
		}
		const number = parseCardNumber( card );
		if ( ! number ) {
			setNotice( {
				status: 'error',
				message: cardNumberProblem( card ) ?? '',
			} );
			return null;
		}
		return { type: 'test_card', number };
	};

	const pay = async ( quote: Quote | null ) => {
		if ( ! quote || pendingRef.current ) {
			return;
		}
		const method = methodFor( quote );
		if ( method === null ) {
			return;
		}
		pendingRef.current = true;
		setPending( true );
		setNotice( null );
		try {
			const result = await checkout(
				membershipId,
				quote.id,
				method,
				keyFor( quote ),
				mode === 'admin' &&
					needsOverLimitsConfirmation( quote ) &&
					overLimitsConfirmed === quote.id
			);
			pendingRef.current = false;
			setPending( false );
			onDone( result );
		} catch ( failure ) {
			const rest = failure as RestError;
			// A definite answer means nothing was charged: the next attempt is a new request.
			if ( rest && typeof rest.code === 'string' ) {
				keys.current.delete( quote.id );
			}
			if ( rest?.code === 'wu_quote_stale' ) {
				await requote();
			}
			setNotice( refusalNotice( failure ) );
			pendingRef.current = false;
			setPending( false );
		}
	};

	return {
		card,
		setCard,
		pending,
		notice,
		setNotice,
		overLimitsConfirmed,
		setOverLimitsConfirmed,
		pay,
	};
}
