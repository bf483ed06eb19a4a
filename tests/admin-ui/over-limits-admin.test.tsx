import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type {
	Membership,
	Options,
	Product,
	Quote,
} from '../../admin-ui/src/api/types';

jest.mock( '../../admin-ui/src/api/memberships', () => ( {
	getMembership: jest.fn(),
	getOptions: jest.fn(),
	getOptionsForPlan: jest.fn(),
	quoteChange: jest.fn(),
	checkout: jest.fn(),
} ) );
jest.mock( '../../admin-ui/src/api/products', () => ( {
	listProducts: jest.fn(),
} ) );
jest.mock( '../../admin-ui/src/api/sites', () => ( { listSites: jest.fn() } ) );

import * as memberships from '../../admin-ui/src/api/memberships';
import * as products from '../../admin-ui/src/api/products';
import * as sites from '../../admin-ui/src/api/sites';
import { ChangeCheckout } from '../../admin-ui/src/components/change-checkout';

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
		group: 'High End',
		list_order: 1,
		available_addons: [],
		stackable: false,
		max_quantity: 1,
		limits: {},
		...over,
	};
}

const free = product( {
	id: 1,
	name: 'Free',
	pricing_type: 'free',
	list_order: 1,
} );
const premium = product( {
	id: 3,
	name: 'Premium',
	amount: 9900,
	list_order: 3,
} );
// A trialing membership: any change applies now (RULES K9), so Free over the limits needs the admin's confirmation.
const membership: Membership = {
	id: 7,
	customer_id: 2,
	status: 'trialing',
	plan_id: 3,
	duration: 1,
	duration_unit: 'month',
	addons: [],
	amount: 9900,
	currency: 'USD',
	period_start: '2026-03-11T10:00:00Z',
	period_end: '2026-03-25T10:00:00Z',
	trial_end: '2026-03-25T10:00:00Z',
	auto_renew: true,
	scheduled_change: null,
	version: 1,
};
const options: Options = {
	plans: [
		{ ...free, current: false },
		{ ...premium, current: true },
	],
	addons: [],
	periods: [ { duration: 1, duration_unit: 'month' } ],
	show_period_selector: false,
};
const toFree: Quote = {
	id: 'q9',
	membership_id: 7,
	type: 'downgrade',
	created_at: '2026-03-11T10:00:00Z',
	expires_at: '2026-03-11T10:30:00Z',
	effective_at: '2026-03-11T10:00:00Z',
	currency: 'USD',
	lines: [],
	total: 0,
	wallet_used: 0,
	due_now: 0,
	wallet_after: 0,
	next_charge: null,
	removes: [],
	explanation: '',
	over_limits: [
		{
			limit: 'posts',
			post_type: 'page',
			site_id: 3,
			usage: 12,
			new_limit: 5,
			must_remove: 7,
		},
	],
};

beforeEach( () => {
	jest.resetAllMocks();
	api.getMembership.mockResolvedValue( membership );
	api.getOptions.mockResolvedValue( options );
	api.getOptionsForPlan.mockResolvedValue( { ...options, addons: [] } );
	api.quoteChange.mockResolvedValue( toFree );
	( products.listProducts as jest.Mock ).mockResolvedValue( {
		items: [ free, premium ],
		total: 2,
		totalPages: 1,
	} );
	( sites.listSites as jest.Mock ).mockResolvedValue( {
		items: [ { id: 3, title: 'Petra’s Studio' } ],
		total: 1,
		totalPages: 1,
	} );
} );

describe( 'the admin’s Change plan over the limits (RULES L4)', () => {
	it( 'speaks of the customer and applies a change now over the limits only after the admin confirms, sending allow_over_limits', async () => {
		const user = userEvent.setup();
		api.checkout.mockResolvedValue( {
			membership,
			payment: null,
			quote: {
				...toFree,
				over_limits_approval: {
					user_id: 1,
					name: 'Network Admin',
					at: '2026-03-11T10:00:00Z',
				},
			},
		} );
		const onDone = jest.fn();
		const { container } = render(
			<ChangeCheckout
				membershipId={ 7 }
				mode="admin"
				onDone={ onDone }
				onCancel={ jest.fn() }
			/>
		);
		await screen.findByRole( 'heading', { name: 'Choose your plan' } );
		await user.click(
			within( container ).getByRole( 'radio', { name: 'Free' } )
		);
		await screen.findByText(
			'Pages: the customer uses 12, the new limit is 5 — remove 7 pages.'
		);
		await screen.findByRole( 'heading', { name: 'Petra’s Studio' } );
		const pay = screen.getByRole( 'button', {
			name: /Complete Checkout|Confirm change|Schedule change/,
		} );
		expect( pay ).toBeDisabled();
		await user.click(
			screen.getByRole( 'checkbox', {
				name: 'Apply although the customer is over the new limits',
			} )
		);
		expect( pay ).toBeEnabled();
		await user.click( pay );
		await waitFor( () => expect( onDone ).toHaveBeenCalled() );
		expect( api.checkout ).toHaveBeenCalledWith(
			7,
			'q9',
			undefined,
			expect.any( String ),
			true
		);
	} );

	it( 'never offers the confirmation to a customer: the over-limit refusal has no pay button', async () => {
		const user = userEvent.setup();
		api.quoteChange.mockRejectedValue( {
			code: 'wu_over_limit',
			message:
				'This change applies now and its limits are below the current usage.',
			data: { status: 422, limits: toFree.over_limits },
		} );
		const { container } = render(
			<ChangeCheckout
				membershipId={ 7 }
				mode="customer"
				onDone={ jest.fn() }
				onCancel={ jest.fn() }
			/>
		);
		await screen.findByRole( 'heading', { name: 'Choose your plan' } );
		await user.click(
			within( container ).getByRole( 'radio', { name: 'Free' } )
		);
		await screen.findByText(
			'Pages: you use 12, the new limit is 5 — remove 7 pages.'
		);
		expect(
			screen.queryByRole( 'checkbox', {
				name: 'Apply although the customer is over the new limits',
			} )
		).toBeNull();
		expect(
			screen.queryByRole( 'button', { name: 'Complete Checkout' } )
		).toBeNull();
	} );
} );
