import { render, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CustomerWrite } from '../../admin-ui/src/api/customers';
import type { Customer } from '../../admin-ui/src/api/types';
import {
	CustomerForm,
	generatePassword,
} from '../../admin-ui/src/screens/customers/customer-form';

const nina: Customer = {
	id: 9,
	username: 'nina',
	email: 'nina@example.test',
	display_name: 'Nina New',
	wallet_balance: 0,
	currency: 'USD',
};

function renderForm(
	customer: Customer | null,
	onSave = jest.fn(
		async ( data: CustomerWrite ) => ( { ...nina, ...data } ) as Customer
	)
) {
	const onSaved = jest.fn();
	const onError = jest.fn();
	const user = userEvent.setup();
	const { container } = render(
		<CustomerForm
			customer={ customer }
			onSave={ onSave }
			onSaved={ onSaved }
			onError={ onError }
		/>
	);
	return { view: within( container ), user, onSave, onSaved, onError };
}

describe( 'the customer form', () => {
	it( 'sends username, email, display name and password for a new customer', async () => {
		const { view, user, onSave, onSaved } = renderForm( null );
		await user.type( view.getByLabelText( 'Username' ), 'nina' );
		await user.type( view.getByLabelText( 'Email' ), 'nina@example.test' );
		await user.type( view.getByLabelText( 'Display name' ), 'Nina New' );
		await user.type( view.getByLabelText( 'Password' ), 'nina-password' );
		await user.click(
			view.getByRole( 'button', { name: 'Add Customer' } )
		);
		expect( onSave ).toHaveBeenCalledWith( {
			username: 'nina',
			email: 'nina@example.test',
			display_name: 'Nina New',
			password: 'nina-password',
		} );
		await waitFor( () =>
			expect( onSaved ).toHaveBeenCalledWith(
				expect.objectContaining( { id: 9 } )
			)
		);
	} );

	it( 'shows each server validation message next to its field, and the rest in the summary', async () => {
		const onSave = jest.fn().mockRejectedValue( {
			code: 'rest_invalid_param',
			message: 'Invalid parameter(s): username, password',
			data: {
				status: 400,
				params: {
					username: 'This username is already used.',
					password: 'Password must be at least 8 characters.',
					role: 'Unknown role.',
				},
			},
		} );
		const { view, user, onError } = renderForm( null, onSave );
		await user.type( view.getByLabelText( 'Username' ), 'frida' );
		await user.click(
			view.getByRole( 'button', { name: 'Add Customer' } )
		);
		await waitFor( () =>
			expect(
				view.getByLabelText( 'Username' )
			).toHaveAccessibleDescription( 'This username is already used.' )
		);
		expect( view.getByLabelText( 'Password' ) ).toHaveAccessibleDescription(
			'Password must be at least 8 characters.'
		);
		expect(
			view.getByText(
				/The customer was not created: some fields need attention\. role: Unknown role\./
			)
		).toBeInTheDocument();
		expect( onError ).not.toHaveBeenCalled();
	} );

	it( 'generates a password and shows it', async () => {
		const { view, user } = renderForm( null );
		const password = view.getByLabelText( 'Password' );
		expect( password ).toHaveAttribute( 'type', 'password' );
		await user.click(
			view.getByRole( 'button', { name: 'Generate password' } )
		);
		expect( ( password as HTMLInputElement ).value ).toHaveLength( 20 );
		expect( password ).toHaveAttribute( 'type', 'text' );
		await user.click(
			view.getByRole( 'button', { name: 'Hide password' } )
		);
		expect( password ).toHaveAttribute( 'type', 'password' );
		expect( generatePassword() ).not.toBe( generatePassword() );
	} );

	it( 'edits email, display name and password, sending only what changed; the username stays', async () => {
		const { view, user, onSave } = renderForm( nina );
		expect( view.getByLabelText( 'Username' ) ).toBeDisabled();
		await user.clear( view.getByLabelText( 'Display name' ) );
		await user.type( view.getByLabelText( 'Display name' ), 'Nina N.' );
		await user.click(
			view.getByRole( 'button', { name: 'Save Customer' } )
		);
		expect( onSave ).toHaveBeenLastCalledWith( {
			display_name: 'Nina N.',
		} );
		await user.type(
			view.getByLabelText( 'New password' ),
			'another-password'
		);
		await user.clear( view.getByLabelText( 'Email' ) );
		await user.type( view.getByLabelText( 'Email' ), 'nina@new.test' );
		await user.click(
			view.getByRole( 'button', { name: 'Save Customer' } )
		);
		expect( onSave ).toHaveBeenLastCalledWith( {
			email: 'nina@new.test',
			display_name: 'Nina N.',
			password: 'another-password',
		} );
	} );
} );
