import { within } from '@testing-library/react';
import { basic, free, renderForm } from '../support/product-form-fixtures';

// The form refuses what the server refuses, in the screen's words (RULES M6, C1, L1; issue 11).
describe( 'the product form’s checks before saving', () => {
	it( 'refuses a billing period, trial or variation period longer than 10 years, on the Pricing tab', async () => {
		const { view, user, onSave } = renderForm( { product: basic } );
		await user.click( view.getByRole( 'tab', { name: 'Pricing' } ) );
		const period = view.getByRole( 'group', { name: 'Billing period' } );
		await user.clear( within( period ).getByLabelText( 'Duration' ) );
		await user.type(
			within( period ).getByLabelText( 'Duration' ),
			'99999'
		);
		const trial = view.getByRole( 'group', { name: 'Trial' } );
		await user.clear( within( trial ).getByLabelText( 'Duration' ) );
		await user.type( within( trial ).getByLabelText( 'Duration' ), '3651' );
		await user.click(
			view.getByRole( 'button', { name: 'Add price variation' } )
		);
		const variation = view.getByRole( 'group', {
			name: 'Period of variation 1',
		} );
		await user.clear( within( variation ).getByLabelText( 'Duration' ) );
		await user.type(
			within( variation ).getByLabelText( 'Duration' ),
			'11'
		);
		await user.type(
			within(
				view.getByRole( 'listitem', { name: 'Price variation 1' } )
			).getByLabelText( 'Amount (USD)' ),
			'290'
		);
		await user.click(
			view.getByRole( 'button', { name: 'Save Product' } )
		);

		expect( onSave ).not.toHaveBeenCalled();
		expect(
			view.getByRole( 'group', { name: 'Billing period' } )
		).toHaveAccessibleDescription(
			'The billing period can be at most 10 years (120 months).'
		);
		expect(
			view.getByRole( 'group', { name: 'Trial' } )
		).toHaveAccessibleDescription(
			'The trial can be at most 10 years (3,650 days).'
		);
		expect(
			view.getByRole( 'group', { name: 'Period of variation 1' } )
		).toHaveAccessibleDescription(
			'The period of variation 1 can be at most 10 years.'
		);
	} );

	it( 'refuses a Product Order of −7 or 999,999,999,999,999 and saves 9,999', async () => {
		const { view, user, onSave } = renderForm( { product: basic } );
		await user.click(
			view.getByRole( 'tab', { name: 'Up & Downgrades' } )
		);
		const order = view.getByLabelText( 'Product Order' );
		for ( const typed of [ '-7', '999999999999999', '1.5' ] ) {
			await user.clear( order );
			await user.type( order, typed );
			await user.click(
				view.getByRole( 'button', { name: 'Save Product' } )
			);
			expect(
				view.getByLabelText( 'Product Order' )
			).toHaveAccessibleDescription(
				'Product Order is a whole number from 0 to 9,999.'
			);
		}
		expect( onSave ).not.toHaveBeenCalled();
		await user.clear( view.getByLabelText( 'Product Order' ) );
		await user.type( view.getByLabelText( 'Product Order' ), '9999' );
		await user.click(
			view.getByRole( 'button', { name: 'Save Product' } )
		);
		expect( onSave ).toHaveBeenCalledWith(
			expect.objectContaining( { list_order: 9999 } )
		);
	} );

	it( 'refuses a Sites limit of −1 instead of saving it as 0', async () => {
		const { view, user, onSave } = renderForm( { product: basic } );
		await user.click( view.getByRole( 'tab', { name: 'Limits' } ) );
		const sites = within(
			view.getByRole( 'group', { name: 'Sites' } )
		).getByLabelText( 'Sites' );
		await user.clear( sites );
		await user.type( sites, '-1' );
		await user.click(
			view.getByRole( 'button', { name: 'Save Product' } )
		);
		expect( onSave ).not.toHaveBeenCalled();
		expect(
			within(
				view.getByRole( 'group', { name: 'Sites' } )
			).getByLabelText( 'Sites' )
		).toHaveAccessibleDescription(
			'The Sites limit cannot be negative: enter 0 or more, or Unlimited.'
		);
		expect(
			within(
				view.getByRole( 'group', { name: 'Sites' } )
			).getByLabelText( 'Sites' )
		).toHaveValue( -1 );
	} );

	it( 'says which problem a price has, and that a paid plan needs a price above 0', async () => {
		const { view, user, onSave } = renderForm( { product: basic } );
		await user.click( view.getByRole( 'tab', { name: 'Pricing' } ) );
		const amount = view.getByLabelText( 'Amount (USD)' );
		const cases: [ string, string | RegExp ][] = [
			[ '0.00', 'A paid product needs a price above 0, or choose Free.' ],
			[ '-5', 'The amount cannot be negative.' ],
			[
				'29.999',
				'Too many decimals: enter no more decimals than the currency has (2 for USD).',
			],
			[
				'99999999999',
				/^The amount is too large: at most 10000000\.00\.$/,
			],
			[ 'twenty', 'Enter a number such as 29.00.' ],
		];
		for ( const [ typed, message ] of cases ) {
			await user.clear( amount );
			await user.type( amount, typed );
			await user.click(
				view.getByRole( 'button', { name: 'Save Product' } )
			);
			expect(
				view.getByLabelText( 'Amount (USD)' )
			).toHaveAccessibleDescription( message );
		}
		expect( onSave ).not.toHaveBeenCalled();
	} );

	it( 'blames only the Name of a 300-character name, and leaves an empty Slug for the server to make', async () => {
		const { view, user, onSave } = renderForm( { product: null } );
		await user.click( view.getByLabelText( 'Name' ) );
		await user.paste( 'x'.repeat( 300 ) );
		await user.click(
			view.getByRole( 'button', { name: 'Create Product' } )
		);
		expect( view.getByLabelText( 'Name' ) ).toHaveAccessibleDescription(
			'The name can be at most 200 characters.'
		);
		expect( view.getByLabelText( 'Slug' ) ).toHaveAccessibleDescription(
			'Left empty, it is made from the name.'
		);
		await user.clear( view.getByLabelText( 'Name' ) );
		await user.type( view.getByLabelText( 'Name' ), 'Team Plan' );
		await user.click( view.getByRole( 'tab', { name: 'Pricing' } ) );
		await user.clear( view.getByLabelText( 'Amount (USD)' ) );
		await user.type( view.getByLabelText( 'Amount (USD)' ), '49' );
		await user.click(
			view.getByRole( 'button', { name: 'Create Product' } )
		);
		expect( onSave ).toHaveBeenCalledWith(
			expect.objectContaining( {
				name: 'Team Plan',
				slug: '',
				amount: 4900,
			} )
		);
	} );

	it( 'joins "high end" typed on Basic to the existing High End group, in its stored spelling', async () => {
		const { view, user, onSave } = renderForm( { product: basic } );
		await user.click(
			view.getByRole( 'tab', { name: 'Up & Downgrades' } )
		);
		await user.type( view.getByLabelText( 'Plan Group' ), 'high  end ' );
		expect(
			view.getByLabelText( 'Plan Group' )
		).toHaveAccessibleDescription(
			'Joins the existing group High End (group names ignore case and spaces).'
		);
		await user.click(
			view.getByRole( 'button', { name: 'Save Product' } )
		);
		expect( onSave ).toHaveBeenCalledWith(
			expect.objectContaining( { group: 'High End' } )
		);
	} );

	it( 'lets Free rename its own group’s spelling when it is the only plan in it', async () => {
		const { view, user, onSave } = renderForm( {
			product: { ...free, group: 'Solo' },
		} );
		await user.click(
			view.getByRole( 'tab', { name: 'Up & Downgrades' } )
		);
		await user.clear( view.getByLabelText( 'Plan Group' ) );
		await user.type( view.getByLabelText( 'Plan Group' ), 'SOLO' );
		await user.click(
			view.getByRole( 'button', { name: 'Save Product' } )
		);
		expect( onSave ).toHaveBeenCalledWith(
			expect.objectContaining( { group: 'SOLO' } )
		);
	} );
} );
