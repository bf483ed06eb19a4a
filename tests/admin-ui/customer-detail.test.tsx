import { render, screen, within } from '@testing-library/react';
import type { Customer, WalletEntry } from '../../admin-ui/src/api/types';

jest.mock( '../../admin-ui/src/api/customers', () => ( {
	getCustomer: jest.fn(),
	listWalletEntries: jest.fn(),
	listCustomers: jest.fn(),
} ) );
jest.mock( '../../admin-ui/src/api/memberships', () => ( {
	listMemberships: jest.fn(),
} ) );
jest.mock( '../../admin-ui/src/api/payments', () => ( {
	listPayments: jest.fn(),
} ) );
jest.mock( '../../admin-ui/src/api/sites', () => ( { listSites: jest.fn() } ) );
jest.mock( '../../admin-ui/src/api/products', () => ( {
	listProducts: jest.fn(),
} ) );

import * as customersApi from '../../admin-ui/src/api/customers';
import * as membershipsApi from '../../admin-ui/src/api/memberships';
import * as paymentsApi from '../../admin-ui/src/api/payments';
import * as productsApi from '../../admin-ui/src/api/products';
import * as sitesApi from '../../admin-ui/src/api/sites';
import { CustomerDetail } from '../../admin-ui/src/screens/customers/customer-detail';

const customers = customersApi as jest.Mocked< typeof customersApi >;
const carla: Customer = {
	id: 4,
	username: 'carla',
	email: 'carla@example.test',
	display_name: 'Carla',
	wallet_balance: 88300,
	currency: 'USD',
};
const page = < T, >( items: T[] ) => ( {
	items,
	total: items.length,
	totalPages: items.length ? 1 : 0,
} );

beforeEach( () => {
	customers.getCustomer.mockResolvedValue( carla );
	(
		membershipsApi as jest.Mocked< typeof membershipsApi >
	 ).listMemberships.mockResolvedValue( page( [] ) );
	(
		paymentsApi as jest.Mocked< typeof paymentsApi >
	 ).listPayments.mockResolvedValue( page( [] ) );
	( sitesApi as jest.Mocked< typeof sitesApi > ).listSites.mockResolvedValue(
		page( [] )
	);
	(
		productsApi as jest.Mocked< typeof productsApi >
	 ).listProducts.mockResolvedValue( page( [] ) );
} );

describe( 'the customer page', () => {
	it( 'shows the wallet ledger newest first: date, reason, the admin of a hand entry, payment link, amount and the balance after it', async () => {
		const entries: WalletEntry[] = [
			{
				id: 2,
				amount: -700,
				currency: 'USD',
				reason: 'Used for renewal payment #9',
				payment_id: 9,
				balance_after: 88300,
				// RULES X4: an entry made by hand names the admin ("By").
				actor: { id: 1, name: 'Admin Ann' },
				created_at: '2026-04-11T10:00:00Z',
			},
			{
				id: 1,
				amount: 89000,
				currency: 'USD',
				reason: 'Unused credit above the charge (proration)',
				payment_id: 7,
				balance_after: 89000,
				created_at: '2026-03-11T10:00:00Z',
			},
		];
		customers.listWalletEntries.mockResolvedValue( page( entries ) );
		render(
			<CustomerDetail
				id={ 4 }
				pageUrl="/wp-admin/network/customers"
				basePath="/wp-admin/network/"
			/>
		);
		const wallet = await screen.findByRole( 'region', { name: 'Wallet' } );
		expect(
			within( wallet ).getByText( 'Balance: $883.00' )
		).toBeInTheDocument();
		// The ledger is a DataViews list: a region named by the list, around its table.
		const region = await within( wallet ).findByRole( 'region', {
			name: 'Wallet ledger',
		} );
		const ledger = await within( region ).findByRole( 'table' );
		await within( ledger ).findByText( 'Used for renewal payment #9' );
		const rows = within( ledger )
			.getAllByRole( 'row' )
			.slice( 1 )
			.map( ( row ) =>
				Array.from(
					row.querySelectorAll( 'th, td' ),
					( cell ) => cell.textContent
				)
			);
		expect( rows ).toEqual( [
			[
				'April 11, 2026',
				'Used for renewal payment #9',
				'Admin Ann',
				'#9',
				'-$7.00',
				'$883.00',
			],
			[
				'March 11, 2026',
				'Unused credit above the charge (proration)',
				'—',
				'#7',
				'+$890.00',
				'$890.00',
			],
		] );
		expect(
			within( ledger ).getByRole( 'link', { name: '#7' } )
		).toHaveAttribute( 'href', '/wp-admin/network/payments/7' );
		expect( customers.listWalletEntries ).toHaveBeenCalledWith( 4, {
			page: 1,
			per_page: 10,
		} );
	} );

	it( 'says so when the wallet has never moved', async () => {
		customers.listWalletEntries.mockResolvedValue( page( [] ) );
		render(
			<CustomerDetail
				id={ 4 }
				pageUrl="/wp-admin/network/customers"
				basePath="/wp-admin/network/"
			/>
		);
		expect(
			await screen.findByText( /No wallet movements yet\./ )
		).toBeInTheDocument();
		expect(
			screen.getByRole( 'button', { name: 'Add Membership' } )
		).toBeInTheDocument();
		expect(
			screen.getByRole( 'button', { name: 'Edit Customer' } )
		).toBeInTheDocument();
	} );
} );
