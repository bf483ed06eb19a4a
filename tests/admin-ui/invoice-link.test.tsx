import { render, screen } from '@testing-library/react';
import type { Payment } from '../../admin-ui/src/api/types';
import { BillingHistory } from '../../admin-ui/src/screens/account/billing-history';

const paid: Payment = {
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
	created_at: '2026-03-11T10:00:00Z',
	invoice_number: 7,
};

describe( 'the Invoice link (issue 16)', () => {
	it( 'opens a completed payment’s invoice in a new tab from the billing history; a pending payment has none', () => {
		render(
			<BillingHistory
				payments={ [
					paid,
					{
						...paid,
						id: 13,
						status: 'pending',
						gateway: 'manual',
						invoice_number: null,
					},
				] }
			/>
		);
		const links = screen.getAllByRole( 'link', { name: /Invoice/ } );
		expect( links ).toHaveLength( 1 );
		expect( links[ 0 ] ).toHaveAccessibleName(
			'Invoice 7 (opens in a new tab)'
		);
		expect( links[ 0 ] ).toHaveTextContent( 'Invoice' );
		expect( links[ 0 ] ).toHaveAttribute(
			'href',
			'/wp-json/wu/v2/payments/12/invoice'
		);
		expect( links[ 0 ] ).toHaveAttribute( 'target', '_blank' );
	} );
} );
