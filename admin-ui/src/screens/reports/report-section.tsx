import { lazy, Suspense } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import type { ChartProps } from './charts';

// NOTE: recharts loads with the first chart, in its own chunk (tests/server/first-load.test.ts).
const Chart = lazy(
	() => import( /* webpackChunkName: "report-charts" */ './charts' )
);

export interface ReportSectionProps extends ChartProps {
	id: string;
	title: string;
	/** The heading of the first column ("Period", "Plan"). */
	rowHeader: string;
}

/** One figure of the Reports screen: a heading, its chart and the same figures as a table under it. */
export function ReportSection( {
	id,
	title,
	rowHeader,
	...chart
}: ReportSectionProps ) {
	const { rows, series, format } = chart;
	return (
		<section className="wu-report" aria-labelledby={ id }>
			<h2 id={ id }>{ title }</h2>
			{ rows.length === 0 ? (
				<p>{ __( 'Nothing in this range.', 'wu-plan-change' ) }</p>
			) : (
				<>
					<Suspense fallback={ <div className="wu-chart" /> }>
						<Chart { ...chart } />
					</Suspense>
					<table
						className="widefat striped wu-report__table"
						aria-labelledby={ id }
					>
						<thead>
							<tr>
								<th scope="col">{ rowHeader }</th>
								{ series.map( ( s ) => (
									<th
										key={ s.key }
										scope="col"
										className="is-amount"
									>
										{ s.name }
									</th>
								) ) }
							</tr>
						</thead>
						<tbody>
							{ rows.map( ( row ) => (
								<tr key={ row.label }>
									<th scope="row">{ row.label }</th>
									{ series.map( ( s ) => (
										<td key={ s.key } className="is-amount">
											{ format( Number( row[ s.key ] ) ) }
										</td>
									) ) }
								</tr>
							) ) }
						</tbody>
					</table>
				</>
			) }
		</section>
	);
}
