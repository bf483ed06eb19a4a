import {
	fireEvent,
	render,
	screen,
	waitFor,
	within,
} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Membership } from '../../admin-ui/src/api/types';

jest.mock( '../../admin-ui/src/api/memberships', () => ( {
	getMembership: jest.fn(),
	getLimits: jest.fn(),
	listMemberships: jest.fn(),
	repairMembership: jest.fn(),
	cancelScheduledChange: jest.fn(),
	getMembershipNotes: jest.fn().mockResolvedValue( [] ),
} ) );
jest.mock( '../../admin-ui/src/api/customers', () => ( {
	getCustomer: jest.fn(),
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
import NetworkDashboard from '../../admin-ui/src/screens/network-dashboard';
import { MembershipDetail } from '../../admin-ui/src/screens/memberships/membership-detail';

const api = membershipsApi as jest.Mocked< typeof membershipsApi >;
const page = < T, >( items: T[], total = items.length ) => ( {
	items,
	total,
	totalPages: items.length ? 1 : 0,
} );

const poisoned: Membership = {
	id: 12,
	customer_id: 4,
	status: 'active',
	plan_id: 1,
	duration: 1,
	duration_unit: 'month',
	addons: [],
	amount: 0,
	currency: 'USD',
	period_start: '2026-03-11T10:00:00Z',
	period_end: '+012026-03-11T10:00:00.000Z',
	trial_end: null,
	auto_renew: true,
	scheduled_change: null,
	version: 3,
	next_retry_at: null,
	renewal_error: {
		at: '2026-05-01T00:00:00Z',
		message:
			'The instant +012026-03-11T10:00:00.000Z is outside the years 1000–9999.',
	},
};

beforeEach( () => {
	(
		customersApi as jest.Mocked< typeof customersApi >
	 ).getCustomer.mockResolvedValue( {
		id: 4,
		username: 'carla',
		email: 'c@example.test',
		display_name: 'Carla',
		wallet_balance: 0,
	} );
	api.getLimits.mockRejectedValue( { code: 'x', message: 'no limits' } );
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

// RULES R5 on the admin's screens: a renewal that could not be processed is shown, and the
// membership is repaired from its page (PUT /memberships/{id}).
describe( 'repairing a membership whose renewal could not be processed', () => {
	it( 'shows the renewal error, and saves status, period end and auto-renew with the keyboard', async () => {
		const repairedMembership = {
			...poisoned,
			period_end: '2026-06-11T10:00:00Z',
			auto_renew: false,
			version: 4,
			renewal_error: null,
		};
		api.getMembership
			.mockResolvedValueOnce( poisoned )
			.mockResolvedValue( repairedMembership );
		api.repairMembership.mockResolvedValue( repairedMembership );
		const user = userEvent.setup();
		render(
			<MembershipDetail
				id={ 12 }
				pageUrl="/wp-admin/network/memberships"
				basePath="/wp-admin/network/"
			/>
		);

		const notice = (
			await screen.findByText(
				'This membership’s renewal could not be processed.'
			)
		).closest( '.components-notice' ) as HTMLElement;
		expect(
			within( notice ).getByText(
				'At 2026-05-01T00:00:00Z: The instant +012026-03-11T10:00:00.000Z is outside the years 1000–9999.'
			)
		).toBeInTheDocument();

		const repair = screen.getByRole( 'region', { name: 'Repair' } );
		const periodEnd = within( repair ).getByLabelText( 'Period end' );
		expect( periodEnd ).toHaveValue( '' );
		expect(
			within( repair ).getByText(
				'The stored period end, +012026-03-11T10:00:00.000Z, is not a valid date: enter one.'
			)
		).toBeInTheDocument();
		fireEvent.change( periodEnd, {
			target: { value: '2026-06-11T10:00' },
		} );
		const toggle = within( repair ).getByRole( 'checkbox', {
			name: 'Auto-renew',
		} );
		toggle.focus();
		await user.keyboard( ' ' );
		expect( toggle ).not.toBeChecked();
		await user.selectOptions(
			within( repair ).getByRole( 'combobox', { name: 'Status' } ),
			'active'
		);
		within( repair ).getByRole( 'button', { name: 'Save repair' } ).focus();
		await user.keyboard( '{Enter}' );

		await waitFor( () =>
			expect( api.repairMembership ).toHaveBeenCalledWith( 12, {
				status: 'active',
				auto_renew: false,
				period_end: '2026-06-11T10:00:00Z',
			} )
		);
		await waitFor( () =>
			expect(
				screen.queryByText(
					'This membership’s renewal could not be processed.'
				)
			).not.toBeInTheDocument()
		);
		expect(
			within(
				screen.getByRole( 'region', { name: 'Repair' } )
			).getByLabelText( 'Period end' )
		).toHaveValue( '2026-06-11T10:00' );
	} );

	it( 'shows the server’s field errors next to the fields', async () => {
		api.getMembership.mockResolvedValue( {
			...poisoned,
			period_end: '2026-04-11T10:00:00Z',
		} );
		api.repairMembership.mockRejectedValue( {
			code: 'rest_invalid_param',
			message: 'Invalid parameter(s): period_end',
			data: {
				status: 400,
				params: {
					period_end:
						'The period end must be after the period start, 2026-03-11T10:00:00Z.',
				},
			},
		} );
		const user = userEvent.setup();
		render(
			<MembershipDetail
				id={ 12 }
				pageUrl="/wp-admin/network/memberships"
				basePath="/wp-admin/network/"
			/>
		);
		const repair = await screen.findByRole( 'region', { name: 'Repair' } );
		const periodEnd = within( repair ).getByLabelText( 'Period end' );
		expect( periodEnd ).toHaveValue( '2026-04-11T10:00' );
		fireEvent.change( periodEnd, {
			target: { value: '2026-03-01T00:00' },
		} );
		await user.click(
			within( repair ).getByRole( 'button', { name: 'Save repair' } )
		);
		expect(
			await within( repair ).findByText(
				'The period end must be after the period start, 2026-03-11T10:00:00Z.'
			)
		).toBeInTheDocument();
		expect(
			within( repair ).getByText(
				'The membership was not saved: some fields need attention.'
			)
		).toBeInTheDocument();
		expect( api.repairMembership ).toHaveBeenCalledWith( 12, {
			status: 'active',
			auto_renew: true,
			period_end: '2026-03-01T00:00:00Z',
		} );
	} );

	it( 'counts the renewals that need attention on the network dashboard, each linked to its membership', async () => {
		api.listMemberships.mockImplementation( async ( params = {} ) =>
			params.renewal_error ? page( [ poisoned ], 1 ) : page( [], 3 )
		);
		const dashboard = {
			slug: 'wu-dashboard',
			title: 'Dashboard',
			menu_title: 'Dashboard',
			path: '',
			screen: 'network-dashboard',
			icon: '',
		};
		render(
			<NetworkDashboard
				page={ dashboard }
				subpath={ [] }
				pageUrl="/wp-admin/network/"
				basePath="/wp-admin/network/"
			/>
		);
		const link = await screen.findByRole( 'link', {
			name: /Renewals that need attention/,
		} );
		expect( link ).toHaveAttribute(
			'href',
			'/wp-admin/network/memberships?renewal_error=true'
		);
		const tile = link.closest( 'li' ) as HTMLElement;
		expect( tile ).toHaveTextContent( '1Renewals that need attention' );
		expect(
			screen.getByText(
				'1 renewal could not be processed and is skipped until the membership is repaired:'
			)
		).toBeInTheDocument();
		expect(
			screen.getByRole( 'link', { name: 'Membership #12' } )
		).toHaveAttribute( 'href', '/wp-admin/network/memberships/12' );
		expect( api.listMemberships ).toHaveBeenCalledWith( {
			per_page: 5,
			renewal_error: true,
		} );
	} );
} );
