import fs from 'node:fs';
import path from 'node:path';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { __, _n, setLocaleData, resetLocaleData } from '@wordpress/i18n';

jest.mock( '../../admin-ui/src/api/users', () => ( {
	getMe: jest.fn(),
	updateMe: jest.fn(),
} ) );

import * as usersApi from '../../admin-ui/src/api/users';
import { readLocaleData } from '../../admin-ui/src/boot';
import {
	minorToDecimal,
	parseMoney,
} from '../../admin-ui/src/components/money';
import {
	formatDate,
	formatMoney,
	formatPeriod,
	setFormatLocale,
} from '../../admin-ui/src/format';
import ProfileScreen, { reloadPage } from '../../admin-ui/src/screens/profile';
import {
	NoticesProvider,
	ShellNotices,
} from '../../admin-ui/src/shell/notices';

const users = usersApi as jest.Mocked< typeof usersApi >;
const nbJson = JSON.parse(
	fs.readFileSync(
		path.resolve( __dirname, '../../languages/wu-plan-change-nb_NO.json' ),
		'utf8'
	)
);
const componentsJson = JSON.parse(
	fs.readFileSync(
		path.resolve( __dirname, '../../languages/default-nb_NO.json' ),
		'utf8'
	)
);
const me = {
	id: 3,
	username: 'frida',
	display_name: 'Frida',
	role: 'customer' as const,
	locale: 'en_US',
};

afterEach( () => {
	resetLocaleData( undefined, 'wu-plan-change' );
	resetLocaleData( undefined, 'default' );
	setFormatLocale( 'en_US' );
	document.body.innerHTML = '';
} );

describe( 'the page’s language', () => {
	it( 'comes from the JSON block the server renders, and translates the screens, plural forms included', () => {
		const blocks = {
			'wu-plan-change': nbJson.locale_data[ 'wu-plan-change' ],
			default: componentsJson.locale_data.default,
		};
		document.body.innerHTML = `<script type="application/json" id="wu-locale-data">${ JSON.stringify( blocks ) }</script>`;
		const data = readLocaleData();
		expect( Object.keys( data ?? {} ) ).toEqual( [
			'wu-plan-change',
			'default',
		] );
		Object.entries( data! ).forEach( ( [ domain, domainData ] ) =>
			setLocaleData( domainData, domain )
		);
		expect( __( 'Your Membership', 'wu-plan-change' ) ).toBe(
			'Ditt medlemskap'
		);
		expect( __( 'Close' ) ).toBe( 'Lukk' );
		expect( formatPeriod( 1, 'month' ) ).toBe( '1 måned' );
		expect( formatPeriod( 3, 'month' ) ).toBe( '3 måneder' );
		expect(
			/* translators: %d: a number of days */
			_n( '%d day', '%d days', 2, 'wu-plan-change' )
		).toBe( '%d dager' );
	} );

	it( 'is English without a block', () => {
		expect( readLocaleData() ).toBeNull();
		expect( __( 'Your Membership', 'wu-plan-change' ) ).toBe(
			'Your Membership'
		);
	} );

	it( 'writes money and dates the user’s way, not the browser’s', () => {
		expect( formatMoney( 9900, 'USD' ) ).toBe( '$99.00' );
		expect( formatDate( '2027-01-01T00:00:00Z' ) ).toBe(
			'January 1, 2027'
		);
		setFormatLocale( 'nb_NO' );
		expect( formatMoney( 9900, 'USD' ).replace( /\s/g, ' ' ) ).toMatch(
			/^99,00 (US\$|USD)$/
		);
		expect( formatDate( '2027-01-01T00:00:00Z' ) ).toBe( '1. januar 2027' );
		// Amount inputs show the Norwegian decimal comma and read it back exactly.
		expect( minorToDecimal( 2990, 'USD' ) ).toBe( '29,90' );
		expect( parseMoney( minorToDecimal( 2990, 'USD' ), 'USD' ) ).toBe(
			2990
		);
	} );
} );

describe( 'the Profile screen', () => {
	it( 'saves the chosen language and reloads the page in it', async () => {
		users.getMe.mockResolvedValue( me );
		users.updateMe.mockResolvedValue( { ...me, locale: 'nb_NO' } );
		const reload = jest
			.spyOn( reloadPage, 'now' )
			.mockImplementation( () => undefined );
		const user = userEvent.setup();
		render(
			<NoticesProvider>
				<ShellNotices />
				<ProfileScreen />
			</NoticesProvider>
		);
		const select = await screen.findByLabelText( 'Language' );
		expect( select ).toHaveValue( 'en_US' );
		expect(
			screen.getByRole( 'button', { name: 'Save Changes' } )
		).toBeDisabled();
		// Each language is named in itself.
		expect(
			screen.getByRole( 'option', { name: 'Norsk bokmål' } )
		).toBeInTheDocument();
		await user.selectOptions( select, 'nb_NO' );
		await user.click(
			screen.getByRole( 'button', { name: 'Save Changes' } )
		);
		expect( users.updateMe ).toHaveBeenCalledWith( { locale: 'nb_NO' } );
		await waitFor( () => expect( reload ).toHaveBeenCalled() );
	} );

	it( 'says why a save failed and stays', async () => {
		users.getMe.mockResolvedValue( me );
		users.updateMe.mockRejectedValue( {
			code: 'rest_invalid_param',
			message: 'Invalid parameter(s): locale',
			data: { status: 400 },
		} );
		const reload = jest
			.spyOn( reloadPage, 'now' )
			.mockImplementation( () => undefined );
		reload.mockClear();
		const user = userEvent.setup();
		render(
			<NoticesProvider>
				<ShellNotices />
				<ProfileScreen />
			</NoticesProvider>
		);
		await user.selectOptions(
			await screen.findByLabelText( 'Language' ),
			'nb_NO'
		);
		await user.click(
			screen.getByRole( 'button', { name: 'Save Changes' } )
		);
		expect(
			await screen.findByText( 'Invalid parameter(s): locale' )
		).toBeInTheDocument();
		expect( reload ).not.toHaveBeenCalled();
	} );
} );
