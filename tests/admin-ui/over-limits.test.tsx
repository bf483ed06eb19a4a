import { render, screen, within } from '@testing-library/react';
import type { Quote } from '../../admin-ui/src/api/types';
import { OrderSummary } from '../../admin-ui/src/components/order-summary';
import { UsageMeter } from '../../admin-ui/src/components/usage-meter';

const productName = ( id: number ) => `#${ id }`;

/** Petra's downgrade Premium → Basic (RULES L4): scheduled for the period end, over the new limits. */
const downgrade: Quote = {
	id: 'q2',
	membership_id: 7,
	type: 'downgrade',
	created_at: '2026-03-11T10:00:00Z',
	expires_at: '2026-03-11T10:30:00Z',
	effective_at: '2026-04-01T00:00:00Z',
	currency: 'USD',
	lines: [],
	total: 0,
	wallet_used: 0,
	due_now: 0,
	wallet_after: 0,
	next_charge: { date: '2026-04-01T00:00:00Z', amount: 2900 },
	removes: [],
	explanation: 'Your change to Basic is scheduled for 1 April 2026.',
	over_limits: [
		{
			limit: 'posts',
			post_type: 'page',
			site_id: 3,
			usage: 140,
			new_limit: 100,
			must_remove: 40,
		},
		{
			limit: 'custom_domains',
			site_id: 3,
			usage: 2,
			new_limit: 1,
			must_remove: 1,
		},
		{
			limit: 'disk_space',
			site_id: 3,
			usage: 2500,
			new_limit: 1024,
			must_remove: 1476,
		},
		{
			limit: 'posts',
			post_type: 'post',
			site_id: 4,
			usage: 12,
			new_limit: 10,
			must_remove: 2,
		},
	],
};

describe( 'the checkout’s over-limit list (RULES L4)', () => {
	it( 'says per site what to remove by the change date, with the post type’s label, custom domains and disk space in GB', () => {
		const { container } = render(
			<OrderSummary
				quote={ downgrade }
				productName={ productName }
				siteName={ ( id ) =>
					id === 3 ? 'Petra’s Studio' : undefined
				}
			/>
		);
		expect( container ).toHaveTextContent(
			'You can still schedule this change; by April 1, 2026, remove:'
		);
		const studio = screen.getByRole( 'heading', { name: 'Petra’s Studio' } )
			.parentElement as HTMLElement;
		expect(
			within( studio )
				.getAllByRole( 'listitem' )
				.map( ( li ) => li.textContent )
		).toEqual( [
			'Pages: you use 140, the new limit is 100 — remove 40 pages.',
			'Custom domains: you use 2, the new limit is 1 — remove 1 custom domain.',
			'Disk space: you use 2.4 GB, the new limit is 1 GB — remove 1.4 GB of disk space.',
		] );
		const other = screen.getByRole( 'heading', { name: 'Site #4' } )
			.parentElement as HTMLElement;
		expect( within( other ).getByRole( 'listitem' ) ).toHaveTextContent(
			'Posts: you use 12, the new limit is 10 — remove 2 posts.'
		);
		expect( container.textContent ).not.toMatch( /\b[a-z]+_[a-z_]+\b/ );
		expect( container ).toHaveTextContent( 'Nothing is deleted.' );
	} );

	it( 'speaks to the admin about the customer', () => {
		const { container } = render(
			<OrderSummary
				quote={ downgrade }
				productName={ productName }
				audience="admin"
			/>
		);
		expect( container ).toHaveTextContent(
			'Pages: the customer uses 140, the new limit is 100 — remove 40 pages.'
		);
		expect( container ).not.toHaveTextContent( 'you use' );
	} );

	it( 'shows nothing about limits when the change fits', () => {
		const { container } = render(
			<OrderSummary
				quote={ { ...downgrade, over_limits: [] } }
				productName={ productName }
			/>
		);
		expect( container ).not.toHaveTextContent( 'remove' );
	} );

	it( 'the Site limits meter says what to remove while over the limit (RULES L5)', () => {
		render(
			<UsageMeter
				label="Pages"
				used={ 140 }
				limit={ 100 }
				limitKey="posts"
				postType="page"
			/>
		);
		expect(
			screen.getByText( 'Over the limit: remove 40 pages' )
		).toBeInTheDocument();
		expect(
			screen.getByRole( 'meter', { name: 'Pages' } )
		).toHaveAttribute(
			'aria-valuetext',
			'140 of 100 (140%) — Over the limit: remove 40 pages'
		);
	} );
} );
