import { act, render, screen, waitFor, within } from '@testing-library/react';
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

import * as memberships from '../../admin-ui/src/api/memberships';
import * as products from '../../admin-ui/src/api/products';
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
	setup_fee: 5000,
	list_order: 3,
	available_addons: [ 4, 5 ],
	price_variations: [ { duration: 1, duration_unit: 'year', amount: 99000 } ],
} );
const visits = product( {
	id: 4,
	name: 'Unlimited Visits',
	type: 'package',
	amount: 1000,
	group: '',
	list_order: 10,
} );
const disk = product( {
	id: 5,
	name: 'Extra Disk',
	type: 'package',
	amount: 500,
	group: '',
	list_order: 11,
	stackable: true,
	max_quantity: 5,
} );

const membership: Membership = {
	id: 7,
	customer_id: 2,
	status: 'active',
	plan_id: 3,
	duration: 1,
	duration_unit: 'month',
	addons: [],
	amount: 9900,
	currency: 'USD',
	period_start: '2026-03-11T10:00:00Z',
	period_end: '2026-04-11T10:00:00Z',
	trial_end: null,
	auto_renew: true,
	scheduled_change: null,
	version: 1,
};
const options: Options = {
	plans: [
		{ ...free, current: false },
		{ ...premium, current: true },
	],
	addons: [ visits, disk ],
	periods: [
		{ duration: 1, duration_unit: 'month' },
		{ duration: 1, duration_unit: 'year' },
	],
	show_period_selector: true,
};

function quote(
	id: string,
	dueNow: number,
	over: Partial< Quote > = {}
): Quote {
	return {
		id,
		membership_id: 7,
		type: 'addon',
		created_at: '2026-03-21T10:00:00Z',
		expires_at: '2026-03-21T10:30:00Z',
		effective_at: '2026-03-21T10:00:00Z',
		currency: 'USD',
		lines: [
			{
				kind: 'addon',
				product_id: 4,
				description: 'Unlimited Visits',
				quantity: 1,
				unit_amount: dueNow,
				amount: dueNow,
			},
		],
		total: dueNow,
		wallet_used: 0,
		due_now: dueNow,
		wallet_after: 0,
		next_charge: { date: '2026-04-11T10:00:00Z', amount: 10900 },
		removes: [],
		explanation: '',
		...over,
	};
}

function deferred< T >() {
	let resolve!: ( value: T ) => void;
	let reject!: ( reason: unknown ) => void;
	const promise = new Promise< T >( ( res, rej ) => {
		resolve = res;
		reject = rej;
	} );
	return { promise, resolve, reject };
}

async function renderCheckout( mode: 'customer' | 'admin' = 'customer' ) {
	const onDone = jest.fn();
	const onCancel = jest.fn();
	const view = render(
		<ChangeCheckout
			membershipId={ 7 }
			mode={ mode }
			onDone={ onDone }
			onCancel={ onCancel }
		/>
	);
	await screen.findByRole( 'heading', { name: 'Choose your plan' } );
	return {
		...view,
		onDone,
		onCancel,
		summary: () =>
			within(
				view.container.querySelector(
					'.wu-checkout__summary'
				) as HTMLElement
			),
	};
}

beforeEach( () => {
	jest.resetAllMocks();
	api.getMembership.mockResolvedValue( membership );
	api.getOptions.mockResolvedValue( options );
	api.getOptionsForPlan.mockResolvedValue( { ...options, addons: [] } );
	( products.listProducts as jest.Mock ).mockResolvedValue( {
		items: [ free, premium, visits, disk ],
		total: 4,
		totalPages: 1,
	} );
} );

describe( 'ChangeCheckout', () => {
	it( 'offers the plans as a radio group with the current one marked, and the add-ons as order bumps', async () => {
		const { container } = await renderCheckout();
		const radios = within( container ).getAllByRole( 'radio', {
			name: /^(Free|Premium)$/,
		} );
		expect(
			radios.map(
				( r ) => ( r as HTMLInputElement ).labels?.[ 0 ].textContent
			)
		).toEqual( [ 'Free', 'Premium' ] );
		expect(
			within( container ).getByRole( 'radio', { name: 'Premium' } )
		).toBeChecked();
		expect(
			within( container ).getByRole( 'radio', { name: 'Premium' } )
		).toHaveAccessibleDescription( /Current plan/ );
		expect(
			within( container ).getByRole( 'checkbox', {
				name: 'Unlimited Visits',
			} )
		).not.toBeChecked();
		expect(
			within( container ).getByRole( 'radio', { name: '1 year' } )
		).toBeInTheDocument();
		expect( api.quoteChange ).not.toHaveBeenCalled();
	} );

	it( 'quotes an add-on alone and a quantity of a stackable one, keeping plan and period', async () => {
		const user = userEvent.setup();
		api.quoteChange.mockResolvedValue( quote( 'q1', 677 ) );
		const { container, summary } = await renderCheckout();
		await user.click(
			within( container ).getByRole( 'checkbox', { name: 'Extra Disk' } )
		);
		await user.selectOptions(
			within( container ).getByLabelText( 'Quantity of Extra Disk' ),
			'3'
		);
		expect(
			within( container )
				.getAllByRole( 'option' )
				.map( ( o ) => o.textContent )
		).toEqual( [ '1', '2', '3', '4', '5' ] );
		await waitFor( () =>
			expect(
				summary().getByRole( 'row', { name: 'Due now $6.77' } )
			).toBeInTheDocument()
		);
		expect( api.quoteChange ).toHaveBeenLastCalledWith( 7, {
			plan_id: 3,
			duration: 1,
			duration_unit: 'month',
			addons: [ { product_id: 5, quantity: 3 } ],
		} );
	} );

	it( 'shows only the answer to the latest choice when answers arrive out of order', async () => {
		const user = userEvent.setup();
		const first = deferred< Quote >();
		const second = deferred< Quote >();
		api.quoteChange
			.mockReturnValueOnce( first.promise )
			.mockReturnValueOnce( second.promise );
		const { container, summary } = await renderCheckout();
		await user.click(
			within( container ).getByRole( 'checkbox', {
				name: 'Unlimited Visits',
			} )
		);
		await waitFor( () =>
			expect( api.quoteChange ).toHaveBeenCalledTimes( 1 )
		);
		await user.click(
			within( container ).getByRole( 'checkbox', { name: 'Extra Disk' } )
		);
		await waitFor( () =>
			expect( api.quoteChange ).toHaveBeenCalledTimes( 2 )
		);
		await act( async () => second.resolve( quote( 'q2', 1016 ) ) );
		await act( async () => first.resolve( quote( 'q1', 677 ) ) );
		expect(
			summary().getByRole( 'row', { name: 'Due now $10.16' } )
		).toBeInTheDocument();
		expect( summary().queryByText( '$6.77' ) ).toBeNull();
	} );

	it( 'charges once on a double click, with one Idempotency-Key for the quote, and hands the result on', async () => {
		const user = userEvent.setup();
		api.quoteChange.mockResolvedValue( quote( 'q1', 677 ) );
		const paid =
			deferred< Awaited< ReturnType< typeof memberships.checkout > > >();
		api.checkout.mockReturnValue( paid.promise );
		const { container, summary, onDone } = await renderCheckout();
		await user.click(
			within( container ).getByRole( 'checkbox', {
				name: 'Unlimited Visits',
			} )
		);
		await summary().findByRole( 'row', { name: 'Due now $6.77' } );
		await user.type(
			summary().getByLabelText( 'Card number' ),
			'4242 4242 4242 4242'
		);
		const button = summary().getByRole( 'button', {
			name: 'Complete Checkout',
		} );
		await user.dblClick( button );
		expect( button ).toBeDisabled();
		expect( api.checkout ).toHaveBeenCalledTimes( 1 );
		const [ id, quoteId, method, key ] = api.checkout.mock.calls[ 0 ];
		expect( [ id, quoteId, method ] ).toEqual( [
			7,
			'q1',
			{ type: 'test_card', number: '4242424242424242' },
		] );
		expect( key ).toMatch( /^[0-9a-f-]{36}$/ );
		const result = {
			membership: {
				...membership,
				addons: [ { product_id: 4, quantity: 1 } ],
			},
			payment: null,
			quote: quote( 'q1', 677 ),
		};
		await act( async () => paid.resolve( result ) );
		expect( onDone ).toHaveBeenCalledWith( result );
	} );

	it( 'shows the decline reason and says nothing changed', async () => {
		const user = userEvent.setup();
		api.quoteChange.mockResolvedValue( quote( 'q1', 677 ) );
		api.checkout.mockRejectedValue( {
			code: 'wu_payment_declined',
			message: 'Your card was declined.',
			data: { status: 402 },
		} );
		const { container, summary, onDone } = await renderCheckout();
		await user.click(
			within( container ).getByRole( 'checkbox', {
				name: 'Unlimited Visits',
			} )
		);
		await summary().findByRole( 'row', { name: 'Due now $6.77' } );
		await user.type(
			summary().getByLabelText( 'Card number' ),
			'4000000000000002'
		);
		await user.click(
			summary().getByRole( 'button', { name: 'Complete Checkout' } )
		);
		expect(
			await summary().findByText(
				'Your card was declined. Nothing was charged and your membership has not changed.'
			)
		).toBeInTheDocument();
		expect( onDone ).not.toHaveBeenCalled();
		// A new attempt is a new request: a new key.
		api.checkout.mockRejectedValue( {
			code: 'wu_payment_declined',
			message: 'Your card was declined.',
			data: { status: 402 },
		} );
		await user.click(
			summary().getByRole( 'button', { name: 'Complete Checkout' } )
		);
		await waitFor( () =>
			expect( api.checkout ).toHaveBeenCalledTimes( 2 )
		);
		expect( api.checkout.mock.calls[ 1 ][ 3 ] ).not.toBe(
			api.checkout.mock.calls[ 0 ][ 3 ]
		);
	} );

	it( 're-quotes a stale quote, shows the new summary and asks to confirm again without charging', async () => {
		const user = userEvent.setup();
		api.quoteChange
			.mockResolvedValueOnce( quote( 'q1', 677 ) )
			.mockResolvedValueOnce( quote( 'q2', 645 ) );
		api.checkout.mockRejectedValueOnce( {
			code: 'wu_quote_stale',
			message: 'This quote is out of date.',
			data: { status: 409 },
		} );
		const { container, summary, onDone } = await renderCheckout();
		await user.click(
			within( container ).getByRole( 'checkbox', {
				name: 'Unlimited Visits',
			} )
		);
		await summary().findByRole( 'row', { name: 'Due now $6.77' } );
		await user.type(
			summary().getByLabelText( 'Card number' ),
			'4242424242424242'
		);
		await user.click(
			summary().getByRole( 'button', { name: 'Complete Checkout' } )
		);
		expect(
			await summary().findByRole( 'row', { name: 'Due now $6.45' } )
		).toBeInTheDocument();
		expect(
			summary().getByText(
				/Please check the new summary and confirm again/
			)
		).toBeInTheDocument();
		expect( api.checkout ).toHaveBeenCalledTimes( 1 );
		expect( onDone ).not.toHaveBeenCalled();
		api.checkout.mockResolvedValueOnce( {
			membership,
			payment: null,
			quote: quote( 'q2', 645 ),
		} );
		await user.click(
			summary().getByRole( 'button', { name: 'Complete Checkout' } )
		);
		await waitFor( () => expect( onDone ).toHaveBeenCalled() );
		expect( api.checkout.mock.calls[ 1 ][ 1 ] ).toBe( 'q2' );
	} );

	it( 'explains a choice that changes nothing and offers no pay button', async () => {
		const user = userEvent.setup();
		api.quoteChange.mockRejectedValue( {
			code: 'wu_no_changes',
			message: 'Nothing would change.',
			data: { status: 422 },
		} );
		const { container, summary } = await renderCheckout();
		await user.click(
			within( container ).getByRole( 'radio', { name: 'Premium' } )
		);
		expect(
			await summary().findByText( 'Nothing would change.' )
		).toBeInTheDocument();
		expect(
			summary().queryByRole( 'button', { name: 'Complete Checkout' } )
		).toBeNull();
	} );

	it( 'pays on the customer’s behalf with a manual payment in admin mode, and without a method when nothing is due', async () => {
		const user = userEvent.setup();
		api.quoteChange.mockResolvedValueOnce( quote( 'q1', 677 ) );
		api.checkout.mockResolvedValue( {
			membership,
			payment: null,
			quote: quote( 'q1', 677 ),
		} );
		const { container, summary } = await renderCheckout( 'admin' );
		await user.click(
			within( container ).getByRole( 'checkbox', {
				name: 'Unlimited Visits',
			} )
		);
		await summary().findByRole( 'row', { name: 'Due now $6.77' } );
		expect( summary().queryByLabelText( 'Card number' ) ).toBeNull();
		await user.click(
			summary().getByRole( 'button', { name: 'Complete Checkout' } )
		);
		await waitFor( () =>
			expect( api.checkout ).toHaveBeenCalledTimes( 1 )
		);
		expect( api.checkout.mock.calls[ 0 ][ 2 ] ).toEqual( {
			type: 'manual',
		} );

		api.quoteChange.mockResolvedValueOnce(
			quote( 'q3', 0, {
				type: 'downgrade',
				effective_at: '2026-04-11T10:00:00Z',
				lines: [],
			} )
		);
		await user.click(
			within( container ).getByRole( 'radio', { name: 'Free' } )
		);
		await summary().findByRole( 'row', { name: 'Due now $0.00' } );
		await user.click(
			summary().getByRole( 'button', { name: 'Schedule change' } )
		);
		await waitFor( () =>
			expect( api.checkout ).toHaveBeenCalledTimes( 2 )
		);
		expect( api.checkout.mock.calls[ 1 ][ 2 ] ).toBeUndefined();
	} );

	it( 'ends a downgrade (nothing to pay now) with "Schedule change", and a paid change with "Complete Checkout"', async () => {
		const user = userEvent.setup();
		api.quoteChange.mockResolvedValueOnce( quote( 'q1', 677 ) );
		const { container, summary } = await renderCheckout();
		await user.click(
			within( container ).getByRole( 'checkbox', {
				name: 'Unlimited Visits',
			} )
		);
		await summary().findByRole( 'row', { name: 'Due now $6.77' } );
		expect(
			summary().getByRole( 'button', { name: 'Complete Checkout' } )
		).toBeEnabled();
		expect(
			summary().queryByRole( 'button', { name: 'Schedule change' } )
		).toBeNull();

		api.quoteChange.mockResolvedValueOnce(
			quote( 'q2', 0, {
				type: 'downgrade',
				effective_at: '2026-04-11T10:00:00Z',
				lines: [],
			} )
		);
		await user.click(
			within( container ).getByRole( 'radio', { name: 'Free' } )
		);
		await summary().findByRole( 'row', { name: 'Due now $0.00' } );
		expect(
			summary().getByRole( 'button', { name: 'Schedule change' } )
		).toBeEnabled();
		expect(
			summary().queryByRole( 'button', { name: 'Complete Checkout' } )
		).toBeNull();
		expect( summary().queryByLabelText( 'Card number' ) ).toBeNull();
	} );

	it( 'says that nothing would change as soon as the current period is chosen, without choosing another first', async () => {
		const user = userEvent.setup();
		api.quoteChange.mockRejectedValue( {
			code: 'wu_no_changes',
			message:
				'Nothing would change: you already have Premium for 1 month.',
			data: { status: 422 },
		} );
		const { container, summary } = await renderCheckout();
		expect(
			within( container ).getByRole( 'radio', { name: '1 month' } )
		).toBeChecked();
		await user.click(
			within( container ).getByRole( 'radio', { name: '1 month' } )
		);
		expect(
			await summary().findByText(
				'Nothing would change: you already have Premium for 1 month.'
			)
		).toBeInTheDocument();
		expect( api.quoteChange ).toHaveBeenCalledWith( 7, {
			plan_id: 3,
			duration: 1,
			duration_unit: 'month',
			addons: [],
		} );
	} );

	it( 'drops a "nothing would change" answer as soon as another choice is made', async () => {
		const user = userEvent.setup();
		const next = deferred< Quote >();
		api.quoteChange
			.mockRejectedValueOnce( {
				code: 'wu_no_changes',
				message:
					'Nothing would change: you already have Premium for 1 month.',
				data: { status: 422 },
			} )
			.mockReturnValueOnce( next.promise );
		const { container, summary } = await renderCheckout();
		await user.click(
			within( container ).getByRole( 'radio', { name: 'Premium' } )
		);
		await summary().findByText(
			'Nothing would change: you already have Premium for 1 month.'
		);
		await user.click(
			within( container ).getByRole( 'checkbox', {
				name: 'Unlimited Visits',
			} )
		);
		expect(
			summary().queryByText(
				'Nothing would change: you already have Premium for 1 month.'
			)
		).toBeNull();
		await act( async () => next.resolve( quote( 'q2', 677 ) ) );
		expect(
			await summary().findByRole( 'row', { name: 'Due now $6.77' } )
		).toBeInTheDocument();
	} );

	it( 'says a typed number is not a card number, and asks for one when none is typed', async () => {
		const user = userEvent.setup();
		api.quoteChange.mockResolvedValue( quote( 'q1', 677 ) );
		const { container, summary } = await renderCheckout();
		await user.click(
			within( container ).getByRole( 'checkbox', {
				name: 'Unlimited Visits',
			} )
		);
		await summary().findByRole( 'row', { name: 'Due now $6.77' } );
		await user.click(
			summary().getByRole( 'button', { name: 'Complete Checkout' } )
		);
		expect(
			summary().getByText( 'Enter the card number to pay with.' )
		).toBeInTheDocument();
		await user.type( summary().getByLabelText( 'Card number' ), '1234' );
		await user.click(
			summary().getByRole( 'button', { name: 'Complete Checkout' } )
		);
		expect(
			summary().getByText(
				'“1234” is not a valid card number: check the 12 to 19 digits printed on the card.'
			)
		).toBeInTheDocument();
		expect(
			summary().queryByText( 'Enter the card number to pay with.' )
		).toBeNull();
		expect( api.checkout ).not.toHaveBeenCalled();
	} );

	it( 'prices the add-ons per year once the yearly period is chosen', async () => {
		const user = userEvent.setup();
		api.quoteChange.mockResolvedValue(
			quote( 'q1', 92294, { type: 'upgrade' } )
		);
		const { container } = await renderCheckout();
		const bump = ( name: string ) =>
			within( container ).getByRole( 'checkbox', { name } );
		expect( bump( 'Unlimited Visits' ) ).toHaveAccessibleDescription(
			/\$10\.00 per month/
		);
		await user.click(
			within( container ).getByRole( 'radio', { name: '1 year' } )
		);
		// Decision 4: a monthly add-on on a yearly plan costs its price scaled by nominal days.
		expect( bump( 'Unlimited Visits' ) ).toHaveAccessibleDescription(
			/\$120\.00 per year/
		);
		expect( bump( 'Extra Disk' ) ).toHaveAccessibleDescription(
			/\$60\.00 per year each/
		);
	} );
} );
