import type { Locator, Page } from 'playwright-core';
import {
	ADMIN_PASSWORD,
	launchBrowser,
	logIn,
	startDemoServer,
	type Browser,
	type RunningServer,
} from '../support/e2e';

// The owner adds a customer and a membership by clicking; the new customer logs in and sees it.
const main = ( page: Page ) => page.locator( '#wpbody-content' );
const notices = ( page: Page ) => page.locator( '.wu-notices' );
/** The text of a `<dd>` after the `<dt>` named `term`. */
const fact = ( scope: Locator, term: string ) =>
	scope.locator( `dt:text-is("${ term }") + dd` );

describe( 'the network admin adds a customer and a membership in Chromium', () => {
	let server: RunningServer;
	let browser: Browser;

	beforeAll( async () => {
		server = await startDemoServer();
		browser = await launchBrowser();
		browser.page.setDefaultTimeout( 10000 );
	} );
	afterAll( async () => {
		await browser?.close();
		await server?.close();
	} );

	it( 'adds Nina through the form, puts her on Premium monthly, and Nina sees Premium on her Account page', async () => {
		const { page } = browser;
		await logIn( page, server.url, 'admin', ADMIN_PASSWORD );
		await page
			.getByRole( 'navigation', { name: 'Main menu' } )
			.getByRole( 'link', { name: 'Customers' } )
			.click();
		await main( page )
			.getByRole( 'button', { name: 'Add New Customer' } )
			.click();
		await main( page )
			.getByRole( 'heading', { name: 'Add New Customer' } )
			.waitFor();
		expect( new URL( page.url() ).pathname ).toBe(
			'/wp-admin/network/customers/new'
		);

		// A taken username comes back from the server next to its field.
		await main( page ).getByLabel( 'Username' ).fill( 'frida' );
		await main( page ).getByLabel( 'Email' ).fill( 'nina@example.test' );
		await main( page ).getByLabel( 'Display name' ).fill( 'Nina New' );
		await main( page )
			.getByLabel( 'Password', { exact: true } )
			.fill( 'nina-password' );
		await main( page )
			.getByRole( 'button', { name: 'Add Customer' } )
			.click();
		await main( page )
			.getByText( 'This username is already used.' )
			.waitFor();
		await expect(
			main( page )
				.getByLabel( 'Username' )
				.getAttribute( 'aria-describedby' )
		).resolves.toBeTruthy();

		await main( page ).getByLabel( 'Username' ).fill( 'nina' );
		await main( page )
			.getByRole( 'button', { name: 'Add Customer' } )
			.click();
		await notices( page )
			.getByText( 'Customer Nina New was added.' )
			.waitFor();
		await main( page )
			.getByRole( 'heading', { name: 'Nina New' } )
			.waitFor();
		expect( new URL( page.url() ).pathname ).toMatch(
			/^\/wp-admin\/network\/customers\/\d+$/
		);
		await main( page )
			.getByText( 'No wallet movements yet.', { exact: false } )
			.waitFor();

		await main( page )
			.getByRole( 'button', { name: 'Add Membership' } )
			.click();
		await main( page )
			.getByRole( 'heading', { name: 'Add Membership' } )
			.waitFor();
		const url = new URL( page.url() );
		expect( url.pathname ).toBe( '/wp-admin/network/memberships/new' );
		await expect(
			main( page ).getByLabel( 'Customer', { exact: true } ).inputValue()
		).resolves.toBe( url.searchParams.get( 'customer' ) );
		await main( page )
			.getByLabel( 'Plan' )
			.selectOption( { label: 'Premium' } );
		const period = main( page ).getByLabel( 'Billing period' );
		await expect(
			period.locator( 'option' ).allTextContents()
		).resolves.toEqual( [
			'1 month — $99.00 per month',
			'1 year — $990.00 per year',
		] );
		await expect( period.inputValue() ).resolves.toBe( '1:month' );
		await main( page )
			.getByRole( 'checkbox', { name: /Extra Disk/ } )
			.check();
		await main( page ).getByLabel( 'Quantity of Extra Disk' ).fill( '2' );
		await main( page )
			.getByRole( 'button', { name: 'Create Membership' } )
			.click();

		await notices( page )
			.getByText( /Membership #\d+ was created for Nina New\./ )
			.waitFor();
		expect( new URL( page.url() ).pathname ).toMatch(
			/^\/wp-admin\/network\/memberships\/\d+$/
		);
		const plan = page.locator( 'section', {
			has: page.getByRole( 'heading', { name: 'Plan and add-ons' } ),
		} );
		await fact( plan, 'Plan' )
			.getByText( 'Premium', { exact: true } )
			.waitFor();
		await fact( plan, 'Add-ons' ).getByText( 'Extra Disk × 2' ).waitFor();
		await expect( fact( plan, 'Status' ).textContent() ).resolves.toBe(
			'Active'
		);

		// The customer's page lists the membership and the payment recorded "as if paid".
		await plan.getByRole( 'link', { name: 'Nina New' } ).click();
		await main( page )
			.getByRole( 'heading', { name: 'Nina New' } )
			.waitFor();
		await page
			.locator( '#wu-customer-memberships + ul' )
			.getByText( 'Premium' )
			.waitFor();

		// Nina logs in with the password the owner set and sees Premium.
		await page.context().clearCookies();
		await logIn( page, server.url, 'nina', 'nina-password' );
		await page
			.getByRole( 'navigation', { name: 'Main menu' } )
			.getByRole( 'link', { name: 'Account' } )
			.click();
		const box = page.locator( 'section', {
			has: page.getByRole( 'heading', { name: 'Your Membership' } ),
		} );
		await box.waitFor();
		await fact( box, 'Plan' )
			.getByText( 'Premium', { exact: true } )
			.waitFor();
		expect(
			browser.errors.filter( ( e ) => ! /status of 4\d\d/.test( e ) )
		).toEqual( [] );
	} );
} );
