import { act, render, screen } from '@testing-library/react';
import type { View } from '@wordpress/dataviews';
import {
	queryFromView,
	restQuery,
	viewFromQuery,
	type ListSpec,
} from '../../admin-ui/src/components/data-list/list-view';
import { changedTags } from '../../admin-ui/src/data/invalidation';
import { paymentsQuery, TAGS } from '../../admin-ui/src/data/queries';
import { invalidate, useQuery } from '../../admin-ui/src/data/use-query';
import * as payments from '../../admin-ui/src/api/payments';

jest.mock( '../../admin-ui/src/api/payments', () => ( {
	listPayments: jest.fn(),
} ) );
const listPayments = payments.listPayments as jest.Mock;

function PaymentCount( { label }: { label: string } ) {
	const loaded = useQuery( paymentsQuery, { customer: 3, per_page: 20 } );
	return (
		<p>
			{ label }: { loaded.data ? loaded.data.total : 'loading' }
		</p>
	);
}

describe( 'the data layer', () => {
	it( 'makes one request for two screens parts showing the same list, and loads it again after a checkout', async () => {
		listPayments.mockResolvedValue( {
			items: [],
			total: 1,
			totalPages: 1,
		} );
		render(
			<>
				<PaymentCount label="Box" />
				<PaymentCount label="Table" />
			</>
		);
		await screen.findByText( 'Box: 1' );
		await screen.findByText( 'Table: 1' );
		expect( listPayments ).toHaveBeenCalledTimes( 1 );

		listPayments.mockResolvedValue( {
			items: [],
			total: 2,
			totalPages: 1,
		} );
		act( () => invalidate( ...changedTags( '/memberships/7/checkout' ) ) );
		// The old answer stays on screen until the new one comes.
		expect( screen.getByText( 'Box: 1' ) ).toBeInTheDocument();
		await screen.findByText( 'Box: 2' );
		await screen.findByText( 'Table: 2' );
		expect( listPayments ).toHaveBeenCalledTimes( 2 );
	} );

	it( 'knows what a change changes: a checkout its membership and payments, a quote nothing', () => {
		expect( changedTags( '/memberships/7/checkout' ) ).toEqual(
			expect.arrayContaining( [ TAGS.memberships, TAGS.payments ] )
		);
		expect( changedTags( '/payments/4/complete' ) ).toEqual(
			expect.arrayContaining( [ TAGS.payments, TAGS.memberships ] )
		);
		expect( changedTags( '/memberships/7/quote' ) ).toEqual( [] );
	} );
} );

describe( 'a list view in the address', () => {
	const spec: ListSpec = {
		filters: [ 'status', 'renewal_error' ],
		perPage: 20,
	};
	const base = { type: 'table', fields: [ 'status' ], layout: {} } as View;

	it( 'reads a dashboard tile’s link as filters, and sends them, the sort and the page to the server', () => {
		const view = viewFromQuery(
			'status=on-hold,active&renewal_error=true&orderby=amount&order=asc&paged=2&search=fri',
			base,
			spec
		);
		expect( view.filters ).toEqual( [
			{
				field: 'status',
				operator: 'isAny',
				value: [ 'on-hold', 'active' ],
			},
			{ field: 'renewal_error', operator: 'is', value: 'true' },
		] );
		expect( restQuery( view, spec ) ).toEqual( {
			page: 2,
			per_page: 20,
			search: 'fri',
			orderby: 'amount',
			order: 'asc',
			status: 'on-hold,active',
			renewal_error: 'true',
		} );
		expect(
			new URLSearchParams( queryFromView( view, spec ) ).get( 'status' )
		).toBe( 'on-hold,active' );
	} );

	it( 'keeps a single status as a status filter (the dashboard’s ?status=on-hold)', () => {
		const view = viewFromQuery( 'status=on-hold', base, spec );
		expect( restQuery( view, spec ) ).toEqual( {
			page: 1,
			per_page: 20,
			status: 'on-hold',
		} );
	} );
} );
