import {
	fireEvent,
	render,
	screen,
	waitFor,
	within,
} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type {
	ReportMetric,
	ReportSeries,
	ReportSummary,
} from '../../admin-ui/src/api/reports';

jest.mock( '../../admin-ui/src/api/reports', () => ( {
	getReportSummary: jest.fn(),
	getReportSeries: jest.fn(),
} ) );
// The charts draw what the tables list; jsdom has no layout to draw them in.
jest.mock( '../../admin-ui/src/screens/reports/charts', () => ( {
	__esModule: true,
	default: () => <div data-testid="chart" />,
} ) );

import * as reportsApi from '../../admin-ui/src/api/reports';
import { resetQueries } from '../../admin-ui/src/data/use-query';
import ReportsScreen from '../../admin-ui/src/screens/reports';
import { MrrTile } from '../../admin-ui/src/screens/network-dashboard/mrr-tile';

const api = reportsApi as jest.Mocked< typeof reportsApi >;

const summary: ReportSummary = {
	at: '2026-05-01T00:00:00Z',
	mrr: 18383,
	currency: 'USD',
	active: 4,
	trialing: 1,
	on_hold: 1,
	cancelled: 2,
	expired: 3,
	plans: [
		{ plan_id: 3, name: 'Premium', active: 1, on_hold: 0, mrr: 8250 },
		{ plan_id: 2, name: 'Basic', active: 0, on_hold: 1, mrr: 2900 },
	],
};

const VALUES: Record< ReportMetric, [ number, number ] > = {
	mrr: [ 0, 18383 ],
	upgrades: [ 1, 0 ],
	downgrades: [ 0, 2 ],
	credit_issued: [ 6706, 0 ],
	revenue: [ 127694, 990 ],
	failed_renewals: [ 0, 1 ],
};

function seriesOf( metric: ReportMetric ): ReportSeries {
	return {
		metric,
		currency: 'USD',
		points: [
			{ start: '2026-03-01T00:00:00Z', value: VALUES[ metric ][ 0 ] },
			{ start: '2026-04-01T00:00:00Z', value: VALUES[ metric ][ 1 ] },
		],
	};
}

/** The rows of the table of the section headed `title`, as the cells' texts. */
function tableOf( title: string ): string[][] {
	const section = screen.getByRole( 'region', { name: title } );
	return within( within( section ).getByRole( 'table' ) )
		.getAllByRole( 'row' )
		.map( ( row ) =>
			Array.from(
				row.querySelectorAll( 'th, td' ),
				( c ) => c.textContent ?? ''
			)
		);
}

beforeEach( () => {
	resetQueries();
	api.getReportSummary.mockReset().mockResolvedValue( summary );
	api.getReportSeries
		.mockReset()
		.mockImplementation( async ( q ) => seriesOf( q.metric ) );
} );

describe( 'the Reports screen', () => {
	it( 'shows every figure of the API in its tables, under a chart each', async () => {
		render( <ReportsScreen /> );
		await screen.findByRole( 'region', {
			name: 'Monthly recurring revenue',
		} );

		const tiles = screen
			.getAllByRole( 'term' )
			.map( ( dt ) => [
				dt.textContent,
				dt.nextElementSibling?.textContent,
			] );
		expect( tiles ).toEqual( [
			[ 'Monthly recurring revenue', '$183.83' ],
			[ 'Active', '4' ],
			[ 'Trialing', '1' ],
			[ 'On hold', '1' ],
			[ 'Cancelled', '2' ],
			[ 'Expired', '3' ],
		] );
		expect( tableOf( 'Monthly recurring revenue' ) ).toEqual( [
			[ 'Period', 'MRR at the start' ],
			[ 'March 2026', '$0.00' ],
			[ 'April 2026', '$183.83' ],
		] );
		expect( tableOf( 'Upgrades and downgrades' ) ).toEqual( [
			[ 'Period', 'Upgrades', 'Downgrades' ],
			[ 'March 2026', '1', '0' ],
			[ 'April 2026', '0', '2' ],
		] );
		expect( tableOf( 'Proration credit issued' ) ).toEqual( [
			[ 'Period', 'Credit issued' ],
			[ 'March 2026', '$67.06' ],
			[ 'April 2026', '$0.00' ],
		] );
		expect( tableOf( 'Revenue' ) ).toEqual( [
			[ 'Period', 'Revenue' ],
			[ 'March 2026', '$1,276.94' ],
			[ 'April 2026', '$9.90' ],
		] );
		expect( tableOf( 'Failed renewals' ) ).toEqual( [
			[ 'Period', 'Failed renewals' ],
			[ 'March 2026', '0' ],
			[ 'April 2026', '1' ],
		] );
		expect( tableOf( 'Active memberships by plan' ) ).toEqual( [
			[ 'Plan', 'Active', 'On hold' ],
			[ 'Premium', '1', '0' ],
			[ 'Basic', '0', '1' ],
		] );
		await waitFor( () =>
			expect( screen.getAllByTestId( 'chart' ) ).toHaveLength( 6 )
		);
	} );

	it( 'asks the API for the chosen range (To included) and interval', async () => {
		const user = userEvent.setup();
		render( <ReportsScreen /> );
		await screen.findByRole( 'region', { name: 'Revenue' } );
		const from = screen.getByLabelText( 'From' );
		const to = screen.getByLabelText( 'To' );
		// A date field's value changes whole (as a date picker sets it).
		fireEvent.change( from, { target: { value: '2026-03-09' } } );
		fireEvent.change( to, { target: { value: '2026-04-05' } } );
		await user.selectOptions( screen.getByLabelText( 'Interval' ), 'week' );
		await waitFor( () =>
			expect( api.getReportSeries ).toHaveBeenCalledWith( {
				metric: 'revenue',
				from: '2026-03-09',
				to: '2026-04-06',
				interval: 'week',
			} )
		);
		expect( api.getReportSummary ).toHaveBeenLastCalledWith( '2026-04-06' );
		expect(
			( await screen.findAllByText( 'Week of March 1, 2026' ) ).length
		).toBeGreaterThan( 0 );
	} );
} );

describe( 'the dashboard’s MRR tile', () => {
	it( 'shows MRR now and its change over the last 30 days, linked to Reports', async () => {
		api.getReportSummary.mockImplementation( async ( at?: string ) =>
			at === undefined ? summary : { ...summary, at, mrr: 28283 }
		);
		render( <MrrTile basePath="/wp-admin/network/" /> );
		const link = await screen.findByRole( 'link', {
			name: /Monthly recurring revenue/,
		} );
		expect( link ).toHaveTextContent( '$183.83' );
		expect( link ).toHaveTextContent( '−$99.00 in the last 30 days' );
		expect( link ).toHaveAttribute( 'href', '/wp-admin/network/reports' );
		expect( api.getReportSummary ).toHaveBeenCalledWith(
			'2026-04-01T00:00:00.000Z'
		);
	} );
} );
