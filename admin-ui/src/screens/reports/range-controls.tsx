import { SelectControl, TextControl } from '@wordpress/components';
import { __ } from '@wordpress/i18n';
import type { ReportInterval } from '../../api/reports';

export interface ReportRange {
	/** First day shown (`YYYY-MM-DD`, UTC). */
	from: string;
	/** Last day shown, included (`YYYY-MM-DD`, UTC). */
	to: string;
	interval: ReportInterval;
}

/** The date range (From, To, both included) and the interval of the Reports screen. */
export function RangeControls( {
	range,
	onChange,
}: {
	range: ReportRange;
	onChange: ( range: ReportRange ) => void;
} ) {
	const isDay = ( value: string ) => /^\d{4}-\d\d-\d\d$/.test( value );
	return (
		<div className="wu-report-range">
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				type="date"
				label={ __( 'From', 'wu-plan-change' ) }
				value={ range.from }
				max={ range.to }
				onChange={ ( from ) =>
					isDay( from ) && onChange( { ...range, from } )
				}
			/>
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				type="date"
				label={ __( 'To', 'wu-plan-change' ) }
				value={ range.to }
				min={ range.from }
				onChange={ ( to ) =>
					isDay( to ) && onChange( { ...range, to } )
				}
			/>
			<SelectControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Interval', 'wu-plan-change' ) }
				value={ range.interval }
				options={ [
					{ value: 'day', label: __( 'Day', 'wu-plan-change' ) },
					{ value: 'week', label: __( 'Week', 'wu-plan-change' ) },
					{ value: 'month', label: __( 'Month', 'wu-plan-change' ) },
				] }
				onChange={ ( interval ) =>
					onChange( {
						...range,
						interval: interval as ReportInterval,
					} )
				}
			/>
		</div>
	);
}
