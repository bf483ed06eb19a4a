import { render, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from '@wordpress/element';
import type { Membership, Product } from '../../admin-ui/src/api/types';

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
	useNotices,
} from '../../admin-ui/src/shell/notices';

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
const free = product( { id: 1, name: 'Free', pricing_type: 'free' } );
const basic = product( {
	id: 2,
	name: 'Basic',
	amount: 4900,
	price_variations: [ { duration: 1, duration_unit: 'year', amount: 49000 } ],
} );
const disk = product( {
	id: 5,
	name: 'Extra Disk',
	type: 'package',
	amount: 500,
	group: '',
} );
const catalogue = new Map( [ free, basic, disk ].map( ( p ) => [ p.id, p ] ) );

// A customer on Basic at $49.00 a month who scheduled a downgrade to Free at the period end.
const onBasic: Membership = {
	id: 7,
	customer_id: 2,
	status: 'active',
	plan_id: 2,
	duration: 1,
	duration_unit: 'month',
	addons: [],
	amount: 4900,
	currency: 'USD',
	period_start: '2026-12-01T00:00:00Z',
	period_end: '2027-01-01T00:00:00Z',
	trial_end: null,
	auto_renew: true,
	version: 2,
	scheduled_change: {
		effective_at: '2027-01-01T00:00:00Z',
		plan_id: 1,
		duration: 1,
		duration_unit: 'month',
		addons: [],
		amount: 0,
	},
};

const SCHEDULED =
	'Your change is scheduled for January 1, 2027. You can cancel it on this page until then.';

/** The box as the Account page holds it, after the checkout left its "scheduled" notice. */
function renderBox(
	initial: Membership,
	fresh: () => Membership = () => initial
) {
	function Page() {
		const [ membership, setMembership ] = useState( initial );
		const { createNotice } = useNotices();
		useEffect(
			() => createNotice( 'success', SCHEDULED ),
			[ createNotice ]
		);
		return (
			<>
				<ShellNotices />
				<MembershipBox
					membership={ membership }
					customer={ null }
					catalogue={ catalogue }
					onChange={ jest.fn() }
					reload={ async () => setMembership( fresh() ) }
				/>
			</>
		);
	}
	const view = render(
		<NoticesProvider>
			<Page />
		</NoticesProvider>
	);
	const page = within( view.container );
	const box = () =>
		within( page.getByRole( 'region', { name: 'Your Membership' } ) );
	const fact = ( term: string ) =>
		box().getByText( term, { selector: 'dt' } ).nextElementSibling
			?.textContent;
	return { ...view, page, box, fact };
}

beforeEach( () => jest.resetAllMocks() );

describe( 'Your Membership', () => {
	it( 'shows the charge after a scheduled change: 0 on its date after the change to Free, not "your plan is free"', () => {
		const { fact, box } = renderBox( onBasic );
		expect( fact( 'Next charge' ) ).toBe(
			'$0.00 on January 1, 2027, after the change to Free'
		);
		expect( fact( 'Plan' ) ).toBe( 'Basic' );
		expect(
			box().getByText(
				'Your membership changes to Free (1 month) without add-ons on January 1, 2027.'
			)
		).toBeInTheDocument();
	} );

	it( 'prices the charge after a change of period at the new period’s price', () => {
		const toYearly: Membership = {
			...onBasic,
			scheduled_change: {
				effective_at: '2027-01-01T00:00:00Z',
				plan_id: 2,
				duration: 1,
				duration_unit: 'year',
				addons: [],
			},
		};
		const { fact } = renderBox( toYearly );
		expect( fact( 'Next charge' ) ).toBe(
			'$490.00 on January 1, 2027, after the change to Basic (1 year)'
		);
	} );

	it( 'after "Cancel scheduled change" shows only that it is cancelled', async () => {
		const user = userEvent.setup();
		api.cancelScheduledChange.mockResolvedValue( {
			...onBasic,
			scheduled_change: null,
		} );
		const { page, box, fact } = renderBox( onBasic, () => ( {
			...onBasic,
			scheduled_change: null,
			version: 3,
		} ) );
		expect( page.getByText( SCHEDULED ) ).toBeInTheDocument();
		await user.click(
			box().getByRole( 'button', { name: 'Cancel scheduled change' } )
		);
		expect(
			await page.findByText(
				'The scheduled change is cancelled: your membership stays as it is.'
			)
		).toBeInTheDocument();
		expect( page.queryByText( SCHEDULED ) ).toBeNull();
		expect( fact( 'Next charge' ) ).toBe( '$49.00 on January 1, 2027' );
	} );

	it( 'prices add-ons per year on a yearly plan', () => {
		const yearly: Membership = {
			...onBasic,
			duration: 1,
			duration_unit: 'year',
			amount: 55000,
			addons: [ { product_id: 5, quantity: 1 } ],
			scheduled_change: null,
		};
		const { box } = renderBox( yearly );
		expect( box().getByText( '$60.00 per year' ) ).toBeInTheDocument();
		expect( box().queryByText( '$5.00 per month' ) ).toBeNull();
	} );
} );
