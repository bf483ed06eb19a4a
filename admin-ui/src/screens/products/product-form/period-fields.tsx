import { SelectControl } from '@wordpress/components';
import { useId } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import type { DurationUnit } from '../../../api/types';
import { WholeNumberField } from './whole-number-field';

/** The unit choices of a billing period or trial. */
export function unitOptions(): { value: DurationUnit; label: string }[] {
	return [
		{ value: 'day', label: __( 'Days', 'wu-plan-change' ) },
		{ value: 'week', label: __( 'Weeks', 'wu-plan-change' ) },
		{ value: 'month', label: __( 'Months', 'wu-plan-change' ) },
		{ value: 'year', label: __( 'Years', 'wu-plan-change' ) },
	];
}

/** A whole number from an input, never NaN. */
export function wholeNumber( text: string ): number {
	const value = parseInt( text, 10 );
	return Number.isFinite( value ) ? value : 0;
}

export interface PeriodFieldsProps {
	/** Legend of the group, e.g. "Billing period". */
	legend: string;
	duration: number;
	unit: DurationUnit;
	onChange: ( duration: number, unit: DurationUnit ) => void;
	/** Smallest duration accepted (0 for a trial). */
	min?: number;
	error?: string;
}

/** "every [1] [Months]" as a labelled group; the duration is kept as typed (NaN when not a whole number) for the form to check. */
export function PeriodFields( {
	legend,
	duration,
	unit,
	onChange,
	min = 1,
	error,
}: PeriodFieldsProps ) {
	const errorId = `wu-period-error-${ useId().replace( /:/g, '' ) }`;
	return (
		<fieldset
			className="wu-inline-fields"
			aria-describedby={ error ? errorId : undefined }
		>
			<legend>{ legend }</legend>
			<WholeNumberField
				min={ min }
				label={ __( 'Duration', 'wu-plan-change' ) }
				value={ duration }
				onChange={ ( value ) => onChange( value, unit ) }
			/>
			<SelectControl
				__next40pxDefaultSize
				label={ __( 'Unit', 'wu-plan-change' ) }
				value={ unit }
				options={ unitOptions() }
				onChange={ ( value ) =>
					onChange( duration, value as DurationUnit )
				}
			/>
			{ error && (
				<p id={ errorId } className="wu-field-error">
					{ error }
				</p>
			) }
		</fieldset>
	);
}
