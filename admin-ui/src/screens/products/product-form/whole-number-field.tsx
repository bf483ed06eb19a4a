import { TextControl } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import type { ReactNode } from 'react';

/** The number typed: a whole number (negative too, for the form to refuse), or NaN for anything else, never silently 0. */
export function parseWhole( text: string ): number {
	return /^\s*-?\d+\s*$/.test( text ) ? Number( text ) : NaN;
}

export interface WholeNumberFieldProps {
	label: string;
	/** The number held by the draft; NaN while the text is not a whole number. */
	value: number;
	onChange: ( value: number ) => void;
	help?: ReactNode;
	hideLabelFromVision?: boolean;
	disabled?: boolean;
	placeholder?: string;
	min?: number;
}

/**
 * A number input that keeps what was typed ("-1", "1.5", "") and reports it as a whole number
 * or NaN, so that the form can say what is wrong instead of saving 0 or a truncated number.
 */
export function WholeNumberField( {
	label,
	value,
	onChange,
	help,
	hideLabelFromVision,
	disabled,
	placeholder,
	min,
}: WholeNumberFieldProps ) {
	const [ text, setText ] = useState(
		Number.isNaN( value ) ? '' : String( value )
	);
	useEffect( () => {
		if (
			! Object.is( parseWhole( text ), value ) &&
			! Number.isNaN( value )
		) {
			setText( String( value ) );
		}
		// Only a change of the value from outside (a save, a reset) rewrites the text.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [ value ] );
	return (
		<TextControl
			__next40pxDefaultSize
			type="number"
			min={ min }
			label={ label }
			hideLabelFromVision={ hideLabelFromVision }
			value={ text }
			placeholder={ placeholder }
			disabled={ disabled }
			help={ help }
			onChange={ ( next ) => {
				setText( next );
				onChange( parseWhole( next ) );
			} }
		/>
	);
}
