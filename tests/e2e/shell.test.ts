import {
	ADMIN_PASSWORD,
	launchBrowser,
	logIn,
	startDemoServer,
	type Browser,
	type RunningServer,
} from '../support/e2e';

// The spine in the browser: both audiences log in and see their own menus.
describe( 'the admin shell in Chromium', () => {
	let server: RunningServer;
	let browser: Browser;

	beforeAll( async () => {
		server = await startDemoServer();
	} );
	afterAll( async () => {
		await server.close();
	} );
	beforeEach( async () => {
		browser = await launchBrowser();
	} );
	afterEach( async () => {
		await browser.close();
	} );

	it( 'logs the network admin in to the Network Admin menu', async () => {
		const { page } = browser;
		await logIn( page, server.url, 'admin', ADMIN_PASSWORD );
		expect( new URL( page.url() ).pathname ).toBe( '/wp-admin/network/' );
		const menu = page.getByRole( 'navigation', { name: 'Main menu' } );
		for ( const item of [
			'Products',
			'Plan Groups',
			'Memberships',
			'Customers',
			'Payments',
		] ) {
			await expect(
				menu.getByRole( 'link', { name: item } ).isVisible()
			).resolves.toBe( true );
		}
		await menu.getByRole( 'link', { name: 'Products' } ).click();
		await page
			.getByRole( 'heading', { level: 1, name: 'Products' } )
			.waitFor();
		expect( new URL( page.url() ).pathname ).toBe(
			'/wp-admin/network/products'
		);
		expect( browser.errors ).toEqual( [] );
	} );

	it( 'logs a customer in to the site dashboard with Dashboard, Account and Profile only', async () => {
		const { page } = browser;
		await logIn( page, server.url, 'frida', 'demo-customer' );
		expect( new URL( page.url() ).pathname ).toBe( '/wp-admin/' );
		const menu = page.getByRole( 'navigation', { name: 'Main menu' } );
		const names = await menu.getByRole( 'link' ).allTextContents();
		expect( names ).toEqual( [ 'Dashboard', 'Account', 'Profile' ] );
		await page.goto( `${ server.url }/wp-admin/network/products` );
		expect( new URL( page.url() ).pathname ).toBe( '/wp-admin/' );
	} );

	it( 'refuses wrong credentials without saying which part was wrong', async () => {
		const { page } = browser;
		await page.goto( `${ server.url }/wp-login.php` );
		await page.getByLabel( 'Username or Email Address' ).fill( 'frida' );
		await page.getByLabel( 'Password' ).fill( 'not-her-password' );
		await page.getByRole( 'button', { name: 'Log In' } ).click();
		await page
			.locator( '#login' )
			.getByText( 'The username or password is incorrect.' )
			.waitFor();
		expect( new URL( page.url() ).pathname ).toBe( '/wp-login.php' );
	} );

	it( 'logs out from the admin bar and ends the session', async () => {
		const { page } = browser;
		await logIn( page, server.url, 'petra', 'demo-customer' );
		await page.getByRole( 'link', { name: 'Log Out' } ).click();
		await page
			.locator( '#login' )
			.getByText( 'You are now logged out.' )
			.waitFor();
		await page.goto( `${ server.url }/wp-admin/` );
		expect( new URL( page.url() ).pathname ).toBe( '/wp-login.php' );
	} );
} );
