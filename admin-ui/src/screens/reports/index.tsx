import { Notice } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import type { ReportData } from '../../data/queries';
import { reportsQuery } from '../../data/queries';
import { useQuery } from '../../data/use-query';
import { LoadState } from '../../components/load-state';
import { membershipStatusLabel } from '../../components/status-badge';
import { formatLocale, formatMoney } from '../../format';
import { addDays, defaultRange, periodLabel } from './periods';
import { RangeControls, type ReportRange } from './range-controls';
import { ReportSection } from './report-section';

const COLORS = {
	blue: '#2271b1',
	green: '#00a32a',
	red: '#d63638',
	orange: '#dba617',
	grey: '#646970',
};

function count( value: number ): string {
	return new Intl.NumberFormat( formatLocale() ).format( value );
}

/** The network at the end of the range: MRR and memberships by status. */
function SummaryTiles( { data }: { data: ReportData } ) {
	const { summary } = data;
	const tiles: [ string, string ][] = [
		[
			__( 'Monthly recurring revenue', 'wu-plan-change' ),
			formatMoney( summary.mrr, summary.currency ),
		],
		[ membershipStatusLabel( 'active' ), count( summary.active ) ],
		[ membershipStatusLabel( 'trialing' ), count( summary.trialing ) ],
		[ membershipStatusLabel( 'on-hold' ), count( summary.on_hold ) ],
		[ membershipStatusLabel( 'cancelled' ), count( summary.cancelled ) ],
		[ membershipStatusLabel( 'expired' ), count( summary.expired ) ],
	];
	return (
		<dl className="wu-cards wu-report-summary">
			{ tiles.map( ( [ label, value ] ) => (
				<div className="wu-count" key={ label }>
					<dt className="wu-count__label">{ label }</dt>
					<dd className="wu-count__number">{ value }</dd>
				</div>
			) ) }
		</dl>
	);
}

/** Every figure over the range: a chart and a table each. */
function Reports( { data, range }: { data: ReportData; range: ReportRange } ) {
	const { series, summary } = data;
	const money = ( value: number ) => formatMoney( value, summary.currency );
	const rows = ( ...metrics: ( keyof ReportData[ 'series' ] )[] ) =>
		series[ metrics[ 0 ] ].points.map( ( point, i ) => ( {
			label: periodLabel( point.start, range.interval ),
			...Object.fromEntries(
				metrics.map( ( m ) => [ m, series[ m ].points[ i ].value ] )
			),
		} ) );
	const period = __( 'Period', 'wu-plan-change' );
	return (
		<>
			<SummaryTiles data={ data } />
			<ReportSection
				id="wu-report-mrr"
				title={ __( 'Monthly recurring revenue', 'wu-plan-change' ) }
				rowHeader={ period }
				kind="line"
				rows={ rows( 'mrr' ) }
				series={ [
					{
						key: 'mrr',
						name: __( 'MRR at the start', 'wu-plan-change' ),
						color: COLORS.blue,
					},
				] }
				format={ money }
			/>
			<ReportSection
				id="wu-report-changes"
				title={ __( 'Upgrades and downgrades', 'wu-plan-change' ) }
				rowHeader={ period }
				kind="bar"
				rows={ rows( 'upgrades', 'downgrades' ) }
				series={ [
					{
						key: 'upgrades',
						name: __( 'Upgrades', 'wu-plan-change' ),
						color: COLORS.green,
					},
					{
						key: 'downgrades',
						name: __( 'Downgrades', 'wu-plan-change' ),
						color: COLORS.orange,
					},
				] }
				format={ count }
			/>
			<ReportSection
				id="wu-report-credit"
				title={ __( 'Proration credit issued', 'wu-plan-change' ) }
				rowHeader={ period }
				kind="bar"
				rows={ rows( 'credit_issued' ) }
				series={ [
					{
						key: 'credit_issued',
						name: __( 'Credit issued', 'wu-plan-change' ),
						color: COLORS.grey,
					},
				] }
				format={ money }
			/>
			<ReportSection
				id="wu-report-revenue"
				title={ __( 'Revenue', 'wu-plan-change' ) }
				rowHeader={ period }
				kind="bar"
				rows={ rows( 'revenue' ) }
				series={ [
					{
						key: 'revenue',
						name: __( 'Revenue', 'wu-plan-change' ),
						color: COLORS.blue,
					},
				] }
				format={ money }
			/>
			<ReportSection
				id="wu-report-failed"
				title={ __( 'Failed renewals', 'wu-plan-change' ) }
				rowHeader={ period }
				kind="bar"
				rows={ rows( 'failed_renewals' ) }
				series={ [
					{
						key: 'failed_renewals',
						name: __( 'Failed renewals', 'wu-plan-change' ),
						color: COLORS.red,
					},
				] }
				format={ count }
			/>
			<ReportSection
				id="wu-report-plans"
				title={ __( 'Active memberships by plan', 'wu-plan-change' ) }
				rowHeader={ __( 'Plan', 'wu-plan-change' ) }
				kind="bar"
				rows={ summary.plans.map( ( plan ) => ( {
					label: plan.name,
					active: plan.active,
					on_hold: plan.on_hold,
				} ) ) }
				series={ [
					{
						key: 'active',
						name: membershipStatusLabel( 'active' ),
						color: COLORS.green,
					},
					{
						key: 'on_hold',
						name: membershipStatusLabel( 'on-hold' ),
						color: COLORS.orange,
					},
				] }
				format={ count }
			/>
		</>
	);
}

/** Network Admin → Reports: MRR over time (RULES B1), changes, credit, revenue and failed renewals. */
export default function ReportsScreen() {
	const [ range, setRange ] = useState< ReportRange >( () => ( {
		...defaultRange( new Date() ),
		interval: 'month',
	} ) );
	const valid = range.from <= range.to;
	const loaded = useQuery( valid ? reportsQuery : null, {
		from: range.from,
		to: addDays( range.to, 1 ),
		interval: range.interval,
	} );
	return (
		<div className="wu-reports">
			<RangeControls range={ range } onChange={ setRange } />
			{ valid ? (
				<LoadState loaded={ loaded }>
					{ ( data ) => <Reports data={ data } range={ range } /> }
				</LoadState>
			) : (
				<Notice status="warning" isDismissible={ false }>
					{ __(
						'The range must end after it starts.',
						'wu-plan-change'
					) }
				</Notice>
			) }
		</div>
	);
}
