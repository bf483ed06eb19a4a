import { render, within } from '@testing-library/react';
import { readBoot } from '../../admin-ui/src/boot';
import LoginScreen from '../../admin-ui/src/screens/login';
import { BootContext } from '../../admin-ui/src/shell/boot-context';

function renderLogin(
	adminPassword: 'printed' | 'reset' | 'unchanged',
	demo = true
) {
	const { container } = render(
		<BootContext.Provider
			value={ { ...readBoot(), demo, admin_password: adminPassword } }
		>
			<LoginScreen demo={ demo } />
		</BootContext.Provider>
	);
	return within( container );
}

describe( 'the login screen’s note about the admin password', () => {
	it( 'points at the printed password on the first start', () => {
		const view = renderLogin( 'printed' );
		expect(
			view.getByText(
				/was printed in the terminal when the server started/
			)
		).toBeInTheDocument();
		expect(
			view.getByText( /petra \(Premium\) use the password demo-customer/ )
		).toBeInTheDocument();
	} );

	it( 'on a later start says how to reset it, not that it was just printed', () => {
		const view = renderLogin( 'unchanged' );
		expect(
			view.getByText( /WU_ADMIN_PASSWORD=new-secret npm run serve/ )
		).toBeInTheDocument();
		expect(
			view.queryByText(
				/printed in the terminal when the server started/
			)
		).not.toBeInTheDocument();
	} );

	it( 'says the password was reset after a start with WU_ADMIN_PASSWORD, also without the demo network', () => {
		const view = renderLogin( 'reset', false );
		expect(
			view.getByText( /was reset to WU_ADMIN_PASSWORD/ )
		).toBeInTheDocument();
		expect( view.queryByText( /demo-customer/ ) ).not.toBeInTheDocument();
	} );
} );
