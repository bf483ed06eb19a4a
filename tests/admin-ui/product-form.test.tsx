import { screen, within, waitFor } from '@testing-library/react';
import {
	product,
	basic,
	premium,
	visits,
	disk,
	setup,
	renderForm,
} from '../support/product-form-fixtures';

describe( 'the product form', () => {
	it( 'has the four tabs (and Activity once saved), and Up & Downgrades holds Plan Group, Product Order and Offer Add-ons', async () => {
		const { view, user } = renderForm( { product: premium } );
		const tabs = view
			.getAllByRole( 'tab' )
			.map( ( tab ) => tab.textContent );
		expect( tabs ).toEqual( [
			'General',
			'Pricing',
			'Up & Downgrades',
			'Limits',
			'Activity',
		] );
		expect( view.getByLabelText( 'Name' ) ).toHaveValue( 'Premium' );

		await user.click(
			view.getByRole( 'tab', { name: 'Up & Downgrades' } )
		);
		expect(
			view.getByRole( 'tab', { name: 'Up & Downgrades' } )
		).toHaveAttribute( 'aria-selected', 'true' );
		expect( view.getByLabelText( 'Plan Group' ) ).toHaveValue( 'High End' );
		expect( view.getByLabelText( 'Product Order' ) ).toHaveValue( 3 );
		const addons = view.getByRole( 'group', { name: 'Offer Add-ons' } );
		expect(
			within( addons )
				.getAllByRole( 'checkbox' )
				.map(
					( box ) =>
						box.closest( '.components-checkbox-control' )
							?.textContent
				)
		).toEqual( [ 'Unlimited Visits', 'Extra Disk', 'Site Setup' ] );
		expect(
			within( addons ).getByRole( 'checkbox', {
				name: 'Unlimited Visits',
			} )
		).toBeChecked();
		expect(
			within( addons ).queryByRole( 'checkbox', { name: 'Basic' } )
		).not.toBeInTheDocument();
	} );

	it( 'offers the existing group names and accepts a new one typed in Plan Group', async () => {
		const { view, user, onSave } = renderForm( { product: basic } );
		await user.click(
			view.getByRole( 'tab', { name: 'Up & Downgrades' } )
		);
		const field = view.getByLabelText( 'Plan Group' );
		const list = document.getElementById(
			field.getAttribute( 'list' ) ?? ''
		);
		expect(
			[ ...( list?.querySelectorAll( 'option' ) ?? [] ) ].map(
				( option ) => option.getAttribute( 'value' )
			)
		).toEqual( [ 'High End' ] );
		await user.type( field, 'Starter' );
		await user.click(
			within(
				view.getByRole( 'group', { name: 'Offer Add-ons' } )
			).getByRole( 'checkbox', { name: 'Site Setup' } )
		);
		await user.click(
			view.getByRole( 'button', { name: 'Save Product' } )
		);
		expect( onSave ).toHaveBeenCalledWith(
			expect.objectContaining( {
				group: 'Starter',
				available_addons: [ 6 ],
			} )
		);
	} );

	it( 'shows a server validation message next to its field, on the tab that holds it', async () => {
		const onSave = jest.fn().mockRejectedValue( {
			code: 'rest_invalid_param',
			message: 'Invalid parameter(s): group, slug',
			data: {
				status: 400,
				params: {
					slug: 'The slug "basic" is already used by Basic.',
					group: 'Only plans belong to a plan group.',
					currency: 'This network bills in USD.',
				},
			},
		} );
		const { view, user, onSaved } = renderForm( {
			product: premium,
			onSave,
		} );
		await user.click( view.getByRole( 'tab', { name: 'Limits' } ) );
		await user.click(
			view.getByRole( 'button', { name: 'Save Product' } )
		);

		expect(
			await view.findByRole( 'tab', { name: 'General' } )
		).toHaveAttribute( 'aria-selected', 'true' );
		expect( view.getByLabelText( 'Slug' ) ).toHaveAccessibleDescription(
			'The slug "basic" is already used by Basic.'
		);
		expect( view.getByLabelText( 'Name' ) ).not.toHaveAccessibleDescription(
			expect.stringContaining( 'already used' )
		);
		// A field the form does not show is named in the summary above the tabs.
		expect(
			view.getByText( /currency: This network bills in USD\./ )
		).toBeInTheDocument();

		await user.click(
			view.getByRole( 'tab', { name: 'Up & Downgrades' } )
		);
		expect(
			view.getByLabelText( 'Plan Group' )
		).toHaveAccessibleDescription( 'Only plans belong to a plan group.' );
		expect( onSaved ).not.toHaveBeenCalled();
	} );

	it( 'stores typed decimals as exact minor units, and refuses more decimals than the currency has', async () => {
		const { view, user, onSave } = renderForm( { product: basic } );
		await user.click( view.getByRole( 'tab', { name: 'Pricing' } ) );
		const amount = view.getByLabelText( 'Amount (USD)' );
		expect( amount ).toHaveValue( '29.00' );
		await user.clear( amount );
		await user.type( amount, '0.29' );
		await user.click(
			view.getByRole( 'button', { name: 'Add price variation' } )
		);
		const variation = view.getByRole( 'listitem', {
			name: 'Price variation 1',
		} );
		await user.type(
			within( variation ).getByLabelText( 'Amount (USD)' ),
			'290.1'
		);
		await user.click(
			view.getByRole( 'button', { name: 'Save Product' } )
		);
		expect( onSave ).toHaveBeenLastCalledWith(
			expect.objectContaining( {
				amount: 29,
				price_variations: [
					{ duration: 1, duration_unit: 'year', amount: 29010 },
				],
			} )
		);

		await user.clear( amount );
		await user.type( amount, '19.999' );
		await user.click(
			view.getByRole( 'button', { name: 'Save Product' } )
		);
		expect( onSave ).toHaveBeenCalledTimes( 1 );
		expect( amount ).toHaveAccessibleDescription(
			/no more decimals than the currency has/
		);
		expect(
			within(
				view.getByRole( 'listitem', { name: 'Price variation 1' } )
			).getByLabelText( 'Amount (USD)' )
		).not.toHaveAccessibleDescription( /decimals/ );
	} );

	it( 'reads amounts in the currency’s own exponent (JPY has none)', async () => {
		const yen = product( { ...basic, currency: 'JPY', amount: 1000 } );
		const { view, user, onSave } = renderForm( {
			product: yen,
			currency: 'JPY',
		} );
		await user.click( view.getByRole( 'tab', { name: 'Pricing' } ) );
		expect( view.getByLabelText( 'Amount (JPY)' ) ).toHaveValue( '1000' );
		await user.clear( view.getByLabelText( 'Amount (JPY)' ) );
		await user.type( view.getByLabelText( 'Amount (JPY)' ), '1500' );
		await user.click(
			view.getByRole( 'button', { name: 'Save Product' } )
		);
		expect( onSave ).toHaveBeenCalledWith(
			expect.objectContaining( { amount: 1500, currency: 'JPY' } )
		);
	} );

	it( 'adds and removes price variations', async () => {
		const { view, user, onSave } = renderForm( {
			product: {
				...basic,
				price_variations: [
					{ duration: 1, duration_unit: 'year', amount: 29000 },
				],
			},
		} );
		await user.click( view.getByRole( 'tab', { name: 'Pricing' } ) );
		expect(
			within(
				view.getByRole( 'listitem', { name: 'Price variation 1' } )
			).getByLabelText( 'Amount (USD)' )
		).toHaveValue( '290.00' );
		await user.click(
			view.getByRole( 'button', { name: 'Remove variation 1' } )
		);
		expect(
			view.queryByRole( 'listitem', { name: 'Price variation 1' } )
		).not.toBeInTheDocument();
		await user.click(
			view.getByRole( 'button', { name: 'Save Product' } )
		);
		expect( onSave ).toHaveBeenCalledWith(
			expect.objectContaining( { price_variations: [] } )
		);
	} );

	it( 'switches a limit to Unlimited and back to its number', async () => {
		const { view, user, onSave } = renderForm( { product: basic } );
		await user.click( view.getByRole( 'tab', { name: 'Limits' } ) );
		const sites = view.getByRole( 'group', { name: 'Sites' } );
		const toggle = within( sites ).getByRole( 'checkbox', {
			name: 'Unlimited',
		} );
		expect( toggle ).not.toBeChecked();
		await user.clear( within( sites ).getByLabelText( 'Sites' ) );
		await user.type( within( sites ).getByLabelText( 'Sites' ), '3' );
		await user.click( toggle );
		expect( within( sites ).getByLabelText( 'Sites' ) ).toBeDisabled();
		await user.click(
			view.getByRole( 'button', { name: 'Save Product' } )
		);
		expect( onSave ).toHaveBeenLastCalledWith(
			expect.objectContaining( {
				limits: expect.objectContaining( {
					sites: 'unlimited',
					visits: 1000,
				} ),
			} )
		);

		await user.click(
			within( view.getByRole( 'group', { name: 'Sites' } ) ).getByRole(
				'checkbox',
				{ name: 'Unlimited' }
			)
		);
		expect(
			within(
				view.getByRole( 'group', { name: 'Sites' } )
			).getByLabelText( 'Sites' )
		).toHaveValue( 3 );
		await user.click(
			within( view.getByRole( 'group', { name: 'Posts' } ) ).getByRole(
				'checkbox',
				{ name: 'Unlimited' }
			)
		);
		await user.click(
			view.getByRole( 'button', { name: 'Save Product' } )
		);
		expect( onSave ).toHaveBeenLastCalledWith(
			expect.objectContaining( {
				limits: expect.objectContaining( {
					sites: 3,
					posts: { post: 'unlimited', page: 5 },
				} ),
			} )
		);
	} );

	it( 'shows a plan limit the server leaves out as Unlimited, and saves it explicitly (decision 10)', async () => {
		const partial = product( {
			id: 7,
			slug: 'partial',
			name: 'Partial',
			limits: { sites: 2, posts: { post: 10 } },
		} );
		const { view, user, onSave } = renderForm( { product: partial } );
		await user.click( view.getByRole( 'tab', { name: 'Limits' } ) );
		expect( view.queryByText( 'Unsaved changes' ) ).not.toBeInTheDocument();
		const unlimited = ( name: string ) =>
			within( view.getByRole( 'group', { name } ) ).getByRole(
				'checkbox',
				{ name: 'Unlimited' }
			);
		for ( const name of [
			'Visits per month',
			'Disk space (MB)',
			'Users',
			'Custom domains',
			'Pages',
		] ) {
			expect( unlimited( name ) ).toBeChecked();
			expect(
				within( view.getByRole( 'group', { name } ) ).getByLabelText(
					name
				)
			).toBeDisabled();
		}
		expect( unlimited( 'Sites' ) ).not.toBeChecked();
		expect(
			within(
				view.getByRole( 'group', { name: 'Sites' } )
			).getByLabelText( 'Sites' )
		).toHaveValue( 2 );
		expect( unlimited( 'Posts' ) ).not.toBeChecked();

		await user.click( unlimited( 'Users' ) );
		expect(
			within(
				view.getByRole( 'group', { name: 'Users' } )
			).getByLabelText( 'Users' )
		).toHaveValue( 0 );
		await user.click(
			view.getByRole( 'button', { name: 'Save Product' } )
		);
		expect( onSave ).toHaveBeenLastCalledWith(
			expect.objectContaining( {
				limits: {
					sites: 2,
					visits: 'unlimited',
					disk_space: 'unlimited',
					users: 0,
					custom_domains: 'unlimited',
					posts: { post: 10, page: 'unlimited' },
				},
			} )
		);
	} );

	it( 'saves every limit of a plan explicitly when a package becomes a plan', async () => {
		const { view, user, onSave } = renderForm( { product: visits } );
		await user.selectOptions(
			view.getByLabelText( 'Product Type' ),
			'Plan'
		);
		await user.click( view.getByRole( 'tab', { name: 'Limits' } ) );
		expect(
			within( view.getByRole( 'group', { name: 'Sites' } ) ).getByRole(
				'checkbox',
				{ name: 'Unlimited' }
			)
		).toBeChecked();
		await user.click(
			view.getByRole( 'button', { name: 'Save Product' } )
		);
		expect( onSave ).toHaveBeenLastCalledWith(
			expect.objectContaining( {
				type: 'plan',
				limits: {
					sites: 'unlimited',
					visits: 'unlimited',
					disk_space: 'unlimited',
					users: 'unlimited',
					custom_domains: 'unlimited',
					posts: { post: 'unlimited', page: 'unlimited' },
				},
			} )
		);
	} );

	it( 'shows a package only the limits it changes, and lets the owner add one', async () => {
		const { view, user, onSave } = renderForm( { product: disk } );
		await user.click( view.getByRole( 'tab', { name: 'Limits' } ) );
		expect(
			view
				.getAllByRole( 'group' )
				.map(
					( group ) => group.querySelector( 'legend' )?.textContent
				)
		).toEqual( [ 'Disk space (MB)' ] );
		await user.selectOptions(
			view.getByLabelText( 'Limit to change' ),
			'Users'
		);
		await user.click( view.getByRole( 'button', { name: 'Add limit' } ) );
		await user.click(
			within( view.getByRole( 'group', { name: 'Users' } ) ).getByRole(
				'checkbox',
				{ name: 'Unlimited' }
			)
		);
		await user.click(
			view.getByRole( 'button', { name: 'Save Product' } )
		);
		expect( onSave ).toHaveBeenCalledWith(
			expect.objectContaining( {
				limits: { disk_space: 10000, users: 'unlimited' },
				stackable: true,
				max_quantity: 5,
			} )
		);
	} );

	it( 'tells a service it changes no limits', async () => {
		const { view, user } = renderForm( { product: setup } );
		await user.click( view.getByRole( 'tab', { name: 'Limits' } ) );
		expect(
			view.getByText( 'Services change no limits.' )
		).toBeInTheDocument();
	} );

	it( 'asks before deleting and reports the server’s refusal', async () => {
		const onDelete = jest.fn().mockRejectedValue( {
			code: 'wu_product_in_use',
			message:
				'Free is used by 1 membership and cannot be deleted; set it inactive instead.',
			data: { status: 409 },
		} );
		const { view, user, onError } = renderForm( { onDelete } );
		await user.click(
			view.getByRole( 'button', { name: 'Delete Product' } )
		);
		const dialog = await screen.findByRole( 'dialog' );
		expect( onDelete ).not.toHaveBeenCalled();
		await user.click(
			within( dialog ).getByRole( 'button', { name: 'Delete' } )
		);
		await waitFor( () =>
			expect( onError ).toHaveBeenCalledWith(
				'Free is used by 1 membership and cannot be deleted; set it inactive instead.'
			)
		);
		expect( onDelete ).toHaveBeenCalledTimes( 1 );
	} );

	it( 'warns before leaving with unsaved changes', async () => {
		const { view, user } = renderForm();
		const link = document.body.appendChild( document.createElement( 'a' ) );
		link.href = '/wp-admin/network/plan-groups';
		link.textContent = 'Plan Groups';
		const followed = jest.fn( ( event: Event ) => event.preventDefault() );
		link.addEventListener( 'click', followed );
		const confirm = jest
			.spyOn( window, 'confirm' )
			.mockReturnValue( false );

		await user.click( link );
		expect( confirm ).not.toHaveBeenCalled();

		await user.type( view.getByLabelText( 'Name' ), ' Plus' );
		expect( view.getByText( 'Unsaved changes' ) ).toBeInTheDocument();
		const unload = new Event( 'beforeunload', { cancelable: true } );
		window.dispatchEvent( unload );
		expect( unload.defaultPrevented ).toBe( true );
		followed.mockClear();
		await user.click( link );
		expect( confirm ).toHaveBeenCalledTimes( 1 );
		expect( followed ).not.toHaveBeenCalled();
		confirm.mockRestore();
		link.remove();
	} );
} );
