import { render, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type {
	Customer,
	Membership,
	Product,
} from '../../admin-ui/src/api/types';

jest.mock( '../../admin-ui/src/api/memberships', () => ( {
	createMembership: jest.fn(),
} ) );

import * as memberships from '../../admin-ui/src/api/memberships';
import { MembershipForm } from '../../admin-ui/src/screens/memberships/membership-new';

const api = memberships as jest.Mocked< typeof memberships >;

function product( over: Partial< Product > ): Product {
	return {
		id: 0,
		slug: '',
		name: '',
		description: '',
		type: 'plan',
		pricing_type: 'paid',
		amount: 0,
		currency: 'USD',
		recurring: true,
		duration: 1,
		duration_unit: 'month',
		price_variations: [],
		setup_fee: 0,
		trial_duration: 0,
		trial_duration_unit: 'day',
		active: true,
		group: '',
		list_order: 1,
		available_addons: [],
		stackable: false,
		max_quantity: 1,
		limits: {},
		...over,
	};
}

const free = product( { id: 1, name: 'Free', pricing_type: 'free' } );
const premium = product( {
	id: 3,
	name: 'Premium',
	amount: 9900,
	available_addons: [ 4, 5, 8 ],
	price_variations: [ { duration: 1, duration_unit: 'year', amount: 99000 } ],
} );
const retired = product( { id: 6, name: 'Retired', active: false } );
const enterprise = product( {
	id: 7,
	name: 'Enterprise',
	pricing_type: 'contact_us',
} );
const visits = product( {
	id: 4,
	name: 'Unlimited Visits',
	type: 'package',
	amount: 1000,
} );
const disk = product( {
	id: 5,
	name: 'Extra Disk',
	type: 'package',
	amount: 500,
	stackable: true,
	max_quantity: 5,
} );
const gone = product( { id: 8, name: 'Gone', type: 'package', active: false } );
const catalogue = [ free, premium, retired, enterprise, visits, disk, gone ];
const customers: Customer[] = [
	{
		id: 2,
		username: 'frida',
		email: 'f@example.test',
		display_name: 'Frida Free',
		wallet_balance: 0,
	},
	{
		id: 3,
		username: 'nina',
		email: 'n@example.test',
		display_name: 'Nina New',
		wallet_balance: 0,
	},
];

function renderForm( customerId: number | null = 3 ) {
	const onCreated = jest.fn();
	const onError = jest.fn();
	const user = userEvent.setup();
	const { container } = render(
		<MembershipForm
			customers={ customers }
			catalogue={ catalogue }
			customerId={ customerId }
			onCreated={ onCreated }
			onError={ onError }
		/>
	);
	return { view: within( container ), user, onCreated, onError };
}

const options = ( select: HTMLElement ) =>
	Array.from( ( select as HTMLSelectElement ).options ).map(
		( option ) => option.textContent
	);

describe( 'the Add Membership form', () => {
	beforeEach( () => api.createMembership.mockReset() );

	it( 'offers active purchasable plans, the plan’s periods and its active Offer Add-ons, and posts what was chosen', async () => {
		api.createMembership.mockResolvedValue( { id: 12 } as Membership );
		const { view, user, onCreated } = renderForm();
		expect( view.getByLabelText( 'Customer' ) ).toHaveValue( '3' );
		expect( options( view.getByLabelText( 'Plan' ) ) ).toEqual( [
			'Choose a plan',
			'Free',
			'Premium',
		] );
		await user.selectOptions( view.getByLabelText( 'Plan' ), 'Premium' );
		expect( options( view.getByLabelText( 'Billing period' ) ) ).toEqual( [
			'1 month — $99.00 per month',
			'1 year — $990.00 per year',
		] );
		const addons = view.getByRole( 'group', { name: 'Add-ons' } );
		expect(
			within( addons )
				.getAllByRole( 'checkbox' )
				.map(
					( box ) =>
						box.closest( '.components-checkbox-control' )
							?.textContent
				)
		).toEqual( [ 'Unlimited Visits ($10.00)', 'Extra Disk ($5.00)' ] );
		await user.selectOptions(
			view.getByLabelText( 'Billing period' ),
			'1 year — $990.00 per year'
		);
		await user.click(
			within( addons ).getByRole( 'checkbox', { name: /Extra Disk/ } )
		);
		await user.clear( view.getByLabelText( 'Quantity of Extra Disk' ) );
		await user.type( view.getByLabelText( 'Quantity of Extra Disk' ), '9' );
		expect( view.getByLabelText( 'Quantity of Extra Disk' ) ).toHaveValue(
			5
		);
		await user.selectOptions( view.getByLabelText( 'Status' ), 'Trialing' );
		await user.type( view.getByLabelText( 'Trial end' ), '2026-03-25' );
		await user.click(
			view.getByRole( 'checkbox', { name: 'Auto-renew' } )
		);
		await user.click(
			view.getByRole( 'button', { name: 'Create Membership' } )
		);
		expect( api.createMembership ).toHaveBeenCalledWith( {
			customer_id: 3,
			plan_id: 3,
			duration: 1,
			duration_unit: 'year',
			addons: [ { product_id: 5, quantity: 5 } ],
			status: 'trialing',
			trial_end: '2026-03-25T00:00:00Z',
			auto_renew: false,
		} );
		await waitFor( () =>
			expect( onCreated ).toHaveBeenCalledWith( 12, customers[ 1 ] )
		);
	} );

	it( 'asks for a plan before sending, and shows server errors next to their fields', async () => {
		const { view, user } = renderForm( null );
		expect( view.getByLabelText( 'Customer' ) ).toHaveValue( '2' );
		await user.click(
			view.getByRole( 'button', { name: 'Create Membership' } )
		);
		expect( api.createMembership ).not.toHaveBeenCalled();
		expect( view.getByLabelText( 'Plan' ) ).toHaveAccessibleDescription(
			'Choose a plan.'
		);

		api.createMembership.mockRejectedValue( {
			code: 'rest_invalid_param',
			message: 'Invalid parameter(s): period_start',
			data: {
				status: 400,
				params: {
					period_start: 'period_start must be an ISO 8601 instant.',
				},
			},
		} );
		await user.selectOptions( view.getByLabelText( 'Plan' ), 'Free' );
		await user.type( view.getByLabelText( 'Period start' ), '2026-03-01' );
		await user.click(
			view.getByRole( 'button', { name: 'Create Membership' } )
		);
		expect( api.createMembership ).toHaveBeenCalledWith(
			expect.objectContaining( {
				plan_id: 1,
				duration: 1,
				duration_unit: 'month',
				period_start: '2026-03-01T00:00:00Z',
				status: 'active',
				auto_renew: true,
				addons: [],
			} )
		);
		await waitFor( () =>
			expect(
				view.getByLabelText( 'Period start' )
			).toHaveAccessibleDescription(
				'period_start must be an ISO 8601 instant.'
			)
		);
		expect(
			view.getByText( 'This plan offers no add-ons.' )
		).toBeInTheDocument();
	} );
} );
