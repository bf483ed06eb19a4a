import {
	Bar,
	BarChart,
	CartesianGrid,
	Legend,
	Line,
	LineChart,
	ResponsiveContainer,
	Tooltip,
	XAxis,
	YAxis,
} from 'recharts';

/** One drawn series: the row field it reads, its legend name and colour. */
export interface ChartSeries {
	key: string;
	name: string;
	color: string;
}

export interface ChartProps {
	kind: 'line' | 'bar';
	/** One row per point: `label` on the x axis, a number per series key. */
	rows: ( { label: string } & Record< string, number | string > )[];
	series: ChartSeries[];
	/** How a value is written on the axis and in the tooltip (money, counts). */
	format: ( value: number ) => string;
}

/**
 * A chart of the Reports screen (recharts, in its own chunk: only this screen loads it). The
 * table under each chart holds the same figures for screen readers and print.
 */
export default function Chart( { kind, rows, series, format }: ChartProps ) {
	const axes = (
		<>
			<CartesianGrid strokeDasharray="3 3" vertical={ false } />
			<XAxis dataKey="label" tick={ { fontSize: 12 } } />
			<YAxis
				tickFormatter={ ( v: number ) => format( v ) }
				width={ 90 }
				tick={ { fontSize: 12 } }
			/>
			<Tooltip formatter={ ( v ) => format( Number( v ) ) } />
			{ series.length > 1 && <Legend /> }
		</>
	);
	return (
		<div className="wu-chart" aria-hidden="true">
			<ResponsiveContainer width="100%" height={ 240 }>
				{ kind === 'line' ? (
					<LineChart data={ rows }>
						{ axes }
						{ series.map( ( s ) => (
							<Line
								key={ s.key }
								type="linear"
								dataKey={ s.key }
								name={ s.name }
								stroke={ s.color }
								strokeWidth={ 2 }
								dot={ rows.length <= 31 }
								isAnimationActive={ false }
							/>
						) ) }
					</LineChart>
				) : (
					<BarChart data={ rows }>
						{ axes }
						{ series.map( ( s ) => (
							<Bar
								key={ s.key }
								dataKey={ s.key }
								name={ s.name }
								fill={ s.color }
								isAnimationActive={ false }
							/>
						) ) }
					</BarChart>
				) }
			</ResponsiveContainer>
		</div>
	);
}
