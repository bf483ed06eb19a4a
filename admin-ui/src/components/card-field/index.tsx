import { TextControl } from '@wordpress/components';
import { forwardRef } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import type { CardFieldProps } from './types';

export type { CardFieldProps } from './types';

/** The demo gateway's test cards (API.md "Test cards"), as shown to the customer. */
export const SUCCESS_CARD = '4242 4242 4242 4242';
export const DECLINED_CARD = '4000 0000 0000 0002';

/** True when the digits pass the Luhn checksum that every card number carries. */
function passesLuhn( digits: string ): boolean {
	let sum = 0;
	[ ...digits ].reverse().forEach( ( char, index ) => {
		const digit = Number( char ) * ( index % 2 === 1 ? 2 : 1 );
		sum += digit > 9 ? digit - 9 : digit;
	} );
	return sum % 10 === 0;
}

/** The digits of a typed card number, or null when it cannot be one (12–19 digits with a valid checksum, spaces and dashes ignored). */
export function parseCardNumber( value: string ): string | null {
	const number = value.replace( /[\s-]/g, '' );
	return /^\d{12,19}$/.test( number ) && passesLuhn( number ) ? number : null;
}

/** What is wrong with a typed card number, for the person paying: nothing typed, or not a card number; null when it can be one. */
export function cardNumberProblem( value: string ): string | null {
	if ( value.trim() === '' ) {
		return __( 'Enter the card number to pay with.', 'wu-plan-change' );
	}
	if ( parseCardNumber( value ) === null ) {
		return sprintf(
			/* translators: %s: what the person typed */
			__(
				'“%s” is not a valid card number: check the 12 to 19 digits printed on the card.',
				'wu-plan-change'
			),
			value.trim()
		);
	}
	return null;
}

/** The "Card number" field of the test gateway, with the demo test numbers as its help text; the ref is the input's. */
export const CardField = forwardRef< HTMLInputElement, CardFieldProps >(
	function CardFieldInput( { value, onChange, disabled = false }, ref ) {
		return (
			<TextControl
				__nextHasNoMarginBottom
				__next40pxDefaultSize
				className="wu-card-field"
				label={ __( 'Card number', 'wu-plan-change' ) }
				value={ value }
				onChange={ onChange }
				autoComplete="cc-number"
				inputMode="numeric"
				disabled={ disabled }
				ref={ ref }
				help={ sprintf(
					/* translators: 1: a test card number that succeeds, 2: one that is declined */
					__(
						'Test payments only: %1$s succeeds, %2$s is declined.',
						'wu-plan-change'
					),
					SUCCESS_CARD,
					DECLINED_CARD
				) }
			/>
		);
	}
);
