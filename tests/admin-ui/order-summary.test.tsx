import { render, within } from '@testing-library/react';
import type { RestError } from '../../admin-ui/src/api/client';
import type { Quote } from '../../admin-ui/src/api/types';
import { OrderSummary } from '../../admin-ui/src/components/order-summary';

const names: Record< number, string > = {
	4: 'Unlimited Visits',
	5: 'Extra Disk',
};
const productName = ( id: number ) => names[ id ] ?? `#${ id }`;

/** E4 of RULES §9: Premium monthly → yearly on day 11 of 31, with 10.00 of existing credit. */
const upgrade: Quote = {
	id: 'q1',
	membership_id: 1,
	type: 'upgrade',
	created_at: '2026-03-11T10:00:00Z',
	expires_at: '2026-03-11T10:30:00Z',
	effective_at: '2026-03-11T10:00:00Z',
	currency: 'USD',
	lines: [
		{
			kind: 'plan',
			product_id: 3,
			description: 'Premium — 1 year',
			quantity: 1,
			unit_amount: 99000,
			amount: 99000,
		},
		{
			kind: 'proration_credit',
			product_id: null,
			description: 'Credit for 21 unused days',
			quantity: 1,
			unit_amount: -6706,
			amount: -6706,
		},
		{
			kind: 'wallet_credit',
			product_id: null,
			description: 'Existing credit',
			quantity: 1,
			unit_amount: -1000,
			amount: -1000,
		},
	],
	total: 92294,
	wallet_used: 1000,
	due_now: 91294,
	wallet_after: 0,
	next_charge: { date: '2027-03-11T10:00:00Z', amount: 99000 },
	removes: [ 4 ],
	explanation:
		'You paid 99.00 USD for 1 Mar – 1 Apr 2026; 21 of 31 days are unused, a credit of 67.06 USD.',
};

describe( 'OrderSummary', () => {
	it( 'shows every line, the credit, the existing credit used, due now and the next charge', () => {
		const { container } = render(
			<OrderSummary quote={ upgrade } productName={ productName } />
		);
		const view = within( container );
		expect(
			view.getByRole( 'row', { name: 'Premium — 1 year $990.00' } )
		).toBeInTheDocument();
		expect(
			view.getByRole( 'row', {
				name: 'Credit for 21 unused days -$67.06',
			} )
		).toBeInTheDocument();
		expect(
			view.getByRole( 'row', { name: 'Existing credit -$10.00' } )
		).toBeInTheDocument();
		expect(
			view.getByRole( 'row', { name: 'Due now $912.94' } )
		).toBeInTheDocument();
		expect( container ).toHaveTextContent( 'Existing credit used$10.00' );
		expect( container ).toHaveTextContent(
			'Next charge$990.00 on March 11, 2027'
		);
		expect( container ).toHaveTextContent(
			'Takes effectNow, as soon as the payment is complete'
		);
		expect( container ).toHaveTextContent(
			'Add-on removedUnlimited Visits'
		);
		expect(
			view.getByText( /21 of 31 days are unused/ )
		).toBeInTheDocument();
	} );

	it( 'says when a downgrade takes effect and that nothing is due now', () => {
		const downgrade: Quote = {
			...upgrade,
			type: 'downgrade',
			effective_at: '2026-04-01T00:00:00Z',
			lines: [
				{
					kind: 'plan',
					product_id: 1,
					description: 'Free — 1 month',
					quantity: 1,
					unit_amount: 0,
					amount: 0,
				},
			],
			total: 0,
			wallet_used: 0,
			due_now: 0,
			next_charge: null,
			removes: [ 4, 5 ],
			explanation: 'Nothing is charged now.',
		};
		const { container } = render(
			<OrderSummary quote={ downgrade } productName={ productName } />
		);
		expect(
			within( container ).getByRole( 'row', { name: 'Due now $0.00' } )
		).toBeInTheDocument();
		expect( container ).toHaveTextContent(
			'Takes effectOn April 1, 2026, at the end of your current period'
		);
		expect( container ).toHaveTextContent(
			'No further charge is scheduled'
		);
		expect( container ).toHaveTextContent(
			'Add-ons removedUnlimited Visits, Extra Disk'
		);
		expect( container ).not.toHaveTextContent( 'Existing credit used' );
	} );

	it( 'shows quantities of stackable add-ons and credit left in the wallet', () => {
		const addon: Quote = {
			...upgrade,
			type: 'addon',
			lines: [
				{
					kind: 'addon',
					product_id: 5,
					description: 'Extra Disk',
					quantity: 3,
					unit_amount: 339,
					amount: 1016,
				},
			],
			wallet_used: 0,
			due_now: 1016,
			wallet_after: 2500,
			removes: [],
		};
		const { container } = render(
			<OrderSummary quote={ addon } productName={ productName } />
		);
		expect( container ).toHaveTextContent( 'Extra Disk × 3 at $3.39' );
		expect( container ).toHaveTextContent(
			'Credit left in your wallet$25.00'
		);
		expect( container ).not.toHaveTextContent( 'removed' );
	} );

	it( 'words the explanation with the table’s money and dates (one formatting, the user’s locale)', () => {
		const withParts: Quote = {
			...upgrade,
			explanation:
				'You paid 99.00 USD for 1 Mar 2026 – 1 Apr 2026. Next charge: 990.00 USD on 11 Mar 2027.',
			explanation_parts: [
				{ text: 'You paid ' },
				{ money: { amount: 9900, currency: 'USD' } },
				{ text: ' for ' },
				{ date: '2026-03-01T00:00:00Z' },
				{ text: ' – ' },
				{ date: '2026-04-01T00:00:00Z' },
				{ text: '. Next charge: ' },
				{ money: { amount: 99000, currency: 'USD' } },
				{ text: ' on ' },
				{ date: '2027-03-11T10:00:00Z' },
				{ text: '.' },
			],
		};
		const { container } = render(
			<OrderSummary quote={ withParts } productName={ productName } />
		);
		expect(
			within( container ).getByText(
				'You paid $99.00 for March 1, 2026 – April 1, 2026. Next charge: $990.00 on March 11, 2027.'
			)
		).toBeInTheDocument();
		expect( container ).toHaveTextContent(
			'Next charge$990.00 on March 11, 2027'
		);
		expect( container ).not.toHaveTextContent( 'USD' );
	} );

	it( 'explains a choice that changes nothing, with the server’s message', () => {
		const error: RestError = {
			code: 'wu_no_changes',
			message:
				'This is already your plan, period and add-ons: nothing would change.',
			data: { status: 422 },
		};
		const { container } = render(
			<OrderSummary
				quote={ null }
				error={ error }
				productName={ productName }
			/>
		);
		expect(
			within( container ).getByText( error.message )
		).toBeInTheDocument();
		expect( within( container ).queryByText( 'Due now' ) ).toBeNull();
	} );

	it( 'lists what to remove when the new plan’s limits are below the usage', () => {
		const error: RestError = {
			code: 'wu_over_limit',
			message: 'Your sites use more than the new plan allows.',
			data: {
				status: 422,
				limits: [
					{
						limit: 'posts',
						post_type: 'post',
						usage: 140,
						new_limit: 10,
						must_remove: 130,
					},
					{
						limit: 'disk_space',
						usage: 2500,
						new_limit: 100,
						must_remove: 2400,
					},
					{
						limit: 'custom_domains',
						usage: 2,
						new_limit: 0,
						must_remove: 2,
					},
				],
			},
		};
		const { container } = render(
			<OrderSummary
				quote={ null }
				error={ error }
				productName={ productName }
			/>
		);
		const items = within( container )
			.getAllByRole( 'listitem' )
			.map( ( li ) => li.textContent );
		expect( items ).toEqual( [
			'Posts: you use 140, the new limit is 10 — remove 130 posts.',
			'Disk space: you use 2.4 GB, the new limit is 100 MB — remove 2.3 GB of disk space.',
			'Custom domains: you use 2, the new limit is 0 — remove 2 custom domains.',
		] );
	} );

	it( 'asks for a choice before there is a quote', () => {
		const { container } = render(
			<OrderSummary
				quote={ null }
				productName={ productName }
				placeholder="Choose a plan."
			/>
		);
		expect( container ).toHaveTextContent( 'Choose a plan.' );
	} );
} );
