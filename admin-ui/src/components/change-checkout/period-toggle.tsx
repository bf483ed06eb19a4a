import { __ } from '@wordpress/i18n';
import { formatPeriod } from '../../format';
import { periodKey, type Period } from '../plan-card';

/** The billing periods on offer as radio buttons. */
export function PeriodToggle( {
	periods,
	period,
	name,
	disabled,
	onChoose,
}: {
	periods: Period[];
	period: Period;
	name: string;
	disabled: boolean;
	onChoose: ( period: Period ) => void;
} ) {
	return (
		<fieldset className="wu-period-toggle">
			<legend>{ __( 'Billing period', 'wu-plan-change' ) }</legend>
			{ periods.map( ( p ) => {
				const key = periodKey( p );
				const selected = periodKey( period ) === key;
				return (
					<label
						key={ key }
						htmlFor={ `${ name }-${ key }` }
						className={ selected ? 'is-selected' : undefined }
					>
						<input
							id={ `${ name }-${ key }` }
							type="radio"
							name={ name }
							checked={ selected }
							disabled={ disabled }
							onChange={ () => onChoose( p ) }
							// Choosing the period already chosen is a choice too: it quotes (and may say nothing would change).
							onClick={ () => selected && onChoose( p ) }
						/>
						{ formatPeriod( p.duration, p.duration_unit ) }
					</label>
				);
			} ) }
		</fieldset>
	);
}
