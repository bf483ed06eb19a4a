import { act, render, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from '@wordpress/element';
import type {
	Membership,
	Payment,
	Product,
} from '../../admin-ui/src/api/types';

jest.mock( '../../admin-ui/src/api/memberships', () => ( {
	payRenewal: jest.fn(),
	cancelScheduledChange: jest.fn(),
	checkout: jest.fn(),
	quoteChange: jest.fn(),
} ) );

import * as memberships from '../../admin-ui/src/api/memberships';
import { MembershipBox } from '../../admin-ui/src/screens/account/membership-box';
import {
	NoticesProvider,
	ShellNotices,
} from '../../admin-ui/src/shell/notices';

const api = memberships as jest.Mocked< typeof memberships >;

const premium: Product = {
	id: 3,
	slug: 'premium',
	name: 'Premium',
	description: '',
	type: 'plan',
	pricing_type: 'paid',
	amount: 9900,
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
	list_order: 3,
	available_addons: [],
	stackable: false,
	max_quantity: 1,
	limits: {},
};
const catalogue = new Map( [ [ premium.id, premium ] ] );

// Petra's renewal at 2026-04-11T10:00Z failed: on hold, retried a day later (RULES R2).
const onHold: Membership = {
	id: 7,
	customer_id: 2,
	status: 'on-hold',
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
	version: 3,
	next_retry_at: '2026-04-12T10:00:00Z',
};
const renewed: Membership = {
	...onHold,
	status: 'active',
	period_start: '2026-04-11T10:00:00Z',
	period_end: '2026-05-11T10:00:00Z',
	next_retry_at: null,
	version: 4,
};
const payment: Payment = {
	id: 12,
	customer_id: 2,
	membership_id: 7,
	status: 'completed',
	total: 9900,
	currency: 'USD',
	gateway: 'test_card',
	lines: [
		{
			kind: 'plan',
			product_id: 3,
			description: 'Premium',
			quantity: 1,
			unit_amount: 9900,
			amount: 9900,
		},
	],
	created_at: '2026-04-11T12:00:00Z',
};

function deferred< T >() {
	let resolve!: ( value: T ) => void;
	const promise = new Promise< T >( ( res ) => {
		resolve = res;
	} );
	return { promise, resolve };
}

/** The box as the Account page holds it: `reload()` loads the membership the server now has. */
function renderBox( initial: Membership, fresh: () => Membership ) {
	const reload = jest.fn();
	function Page() {
		const [ membership, setMembership ] = useState( initial );
		reload.mockImplementation( async () => setMembership( fresh() ) );
		return (
			<NoticesProvider>
				<ShellNotices />
				<MembershipBox
					membership={ membership }
					customer={ null }
					catalogue={ catalogue }
					onChange={ jest.fn() }
					reload={ reload }
				/>
			</NoticesProvider>
		);
	}
	const view = render( <Page /> );
	// The page itself, not the a11y-speak regions that repeat notices for screen readers.
	const page = within( view.container );
	const box = () =>
		within( page.getByRole( 'region', { name: 'Your Membership' } ) );
	return { ...view, reload, box, page };
}

beforeEach( () => jest.resetAllMocks() );

describe( 'the on-hold notice of Your Membership', () => {
	it( 'says the last renewal failed, when the next automatic retry is, and offers Pay now with the test cards as help', () => {
		const { box } = renderBox( onHold, () => onHold );
		expect(
			box().getByText(
				/Your last renewal payment failed\. We will try again automatically on April 12, 2026/
			)
		).toBeInTheDocument();
		const field = box().getByLabelText( 'Card number' );
		expect( field ).toHaveAccessibleDescription(
			'Test payments only: 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined.'
		);
		expect(
			box().getByText(
				'$99.00 on April 12, 2026 (automatic retry of the failed renewal)'
			)
		).toBeInTheDocument();
		expect(
			box().getByRole( 'form', { name: 'Pay the failed renewal' } )
		).toContainElement( box().getByRole( 'button', { name: 'Pay now' } ) );
	} );

	it( 'shows no retry date when none is left, and no notice at all for an active membership', () => {
		const { box, rerender, page } = renderBox(
			{ ...onHold, next_retry_at: null },
			() => onHold
		);
		expect(
			box().getByText( /Your last renewal payment failed\./ )
		).not.toHaveTextContent( /automatically/ );
		rerender(
			<MembershipBox
				membership={ renewed }
				customer={ null }
				catalogue={ catalogue }
				onChange={ jest.fn() }
				reload={ jest.fn() }
			/>
		);
		expect( page.queryByText( /renewal payment failed/ ) ).toBeNull();
		expect( page.queryByRole( 'button', { name: 'Pay now' } ) ).toBeNull();
	} );

	it( 'pays once with the card from the keyboard, disables Pay now meanwhile, then thanks and shows the fresh membership', async () => {
		const user = userEvent.setup();
		const paid =
			deferred<
				Awaited< ReturnType< typeof memberships.payRenewal > >
			>();
		api.payRenewal.mockReturnValue( paid.promise );
		const { box, reload, page } = renderBox( onHold, () => renewed );
		await user.type(
			box().getByLabelText( 'Card number' ),
			'4242 4242 4242 4242{Enter}'
		);
		const button = box().getByRole( 'button', { name: 'Pay now' } );
		expect( button ).toBeDisabled();
		await user.click( button );
		expect( api.payRenewal ).toHaveBeenCalledTimes( 1 );
		const [ id, method, key ] = api.payRenewal.mock.calls[ 0 ];
		expect( [ id, method ] ).toEqual( [
			7,
			{ type: 'test_card', number: '4242424242424242' },
		] );
		expect( key ).toMatch( /^[0-9a-f-]{36}$/ );
		await act( async () =>
			paid.resolve( { membership: renewed, payment } )
		);
		expect( reload ).toHaveBeenCalledTimes( 1 );
		expect(
			await page.findByText(
				'Thank you! Your membership is active again.'
			)
		).toBeInTheDocument();
		expect( page.queryByText( /renewal payment failed/ ) ).toBeNull();
		expect(
			box().getByText( 'April 11, 2026 – May 11, 2026' )
		).toBeInTheDocument();
	} );

	it( 'shows the gateway’s decline message, keeps the membership on hold, and lets the customer try another card', async () => {
		const user = userEvent.setup();
		api.payRenewal.mockRejectedValueOnce( {
			code: 'wu_payment_declined',
			message: 'Your card was declined.',
			data: { status: 402 },
		} );
		const { box, reload, page } = renderBox( onHold, () => onHold );
		const field = box().getByLabelText( 'Card number' );
		await user.type( field, '4000000000000002' );
		await user.click( box().getByRole( 'button', { name: 'Pay now' } ) );
		expect(
			await box().findByText(
				'Your card was declined. Nothing was charged and your membership is still on hold.'
			)
		).toBeInTheDocument();
		expect( reload ).not.toHaveBeenCalled();
		expect(
			page.queryByText( 'Thank you! Your membership is active again.' )
		).toBeNull();
		expect(
			box().getByText(
				/We will try again automatically on April 12, 2026/
			)
		).toBeInTheDocument();
		await waitFor( () => expect( field ).toHaveFocus() );

		// Another card is a new attempt: a new Idempotency-Key, and the old message goes.
		api.payRenewal.mockResolvedValueOnce( {
			membership: renewed,
			payment,
		} );
		await user.clear( field );
		await user.type( field, '4242424242424242{Enter}' );
		await waitFor( () =>
			expect( api.payRenewal ).toHaveBeenCalledTimes( 2 )
		);
		expect( api.payRenewal.mock.calls[ 1 ][ 2 ] ).not.toBe(
			api.payRenewal.mock.calls[ 0 ][ 2 ]
		);
		expect(
			await page.findByText(
				'Thank you! Your membership is active again.'
			)
		).toBeInTheDocument();
		expect( page.queryByText( /Your card was declined/ ) ).toBeNull();
	} );

	it( 'asks for a card number before sending anything', async () => {
		const user = userEvent.setup();
		const { box } = renderBox( onHold, () => onHold );
		await user.click( box().getByRole( 'button', { name: 'Pay now' } ) );
		expect(
			box().getByText( 'Enter the card number to pay with.' )
		).toBeInTheDocument();
		expect( api.payRenewal ).not.toHaveBeenCalled();
	} );

	it( 'reloads and says so when the membership is no longer on hold', async () => {
		const user = userEvent.setup();
		api.payRenewal.mockRejectedValueOnce( {
			code: 'wu_not_on_hold',
			message: 'This membership is not on hold.',
			data: { status: 409 },
		} );
		const { box, reload, page } = renderBox( onHold, () => renewed );
		await user.type(
			box().getByLabelText( 'Card number' ),
			'4242424242424242{Enter}'
		);
		expect(
			await page.findByText( 'This membership is not on hold.' )
		).toBeInTheDocument();
		expect( reload ).toHaveBeenCalledTimes( 1 );
		expect( page.queryByRole( 'button', { name: 'Pay now' } ) ).toBeNull();
	} );
} );
