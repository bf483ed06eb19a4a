import type { Page } from 'playwright-core';
import {
	ADMIN_PASSWORD,
	launchBrowser,
	logIn,
	restAs,
	screenshot,
	startDemoServer,
	type Browser,
	type RunningServer,
} from '../support/e2e';

jest.setTimeout( 60000 );

type Json = Record< string, any >;

// The network owner runs the catalogue by clicking, and the customers' offers follow (RULES G1–G3).
describe( 'the network admin in Chromium', () => {
	let server: RunningServer;
	let browser: Browser;

	const asAdmin = ( method: string, path: string, body?: unknown ) =>
		restAs< Json >( server, 'admin', ADMIN_PASSWORD, method, path, body );
	const asCustomer = (
		username: string,
		method: string,
		path: string,
		body?: unknown
	) =>
		restAs< Json >( server, username, 'demo-customer', method, path, body );

	async function membershipOf( username: string ): Promise< Json > {
		const memberships = ( await asCustomer(
			username,
			'GET',
			'/memberships'
		) ) as unknown as Json[];
		return memberships[ 0 ];
	}
	async function offeredPlans(
		username: string
	): Promise< { name: string; current: boolean }[] > {
		const membership = await membershipOf( username );
		const options = await asCustomer(
			username,
			'GET',
			`/memberships/${ membership.id }/options`
		);
		return options.plans.map( ( plan: Json ) => ( {
			name: plan.name,
			current: plan.current,
		} ) );
	}
	async function productByName( name: string ): Promise< Json > {
		const products = ( await asAdmin(
			'GET',
			`/products?per_page=100`
		) ) as unknown as Json[];
		return products.find( ( product ) => product.name === name ) as Json;
	}

	async function openProduct( page: Page, name: string ) {
		await page
			.getByRole( 'navigation', { name: 'Main menu' } )
			.getByRole( 'link', { name: 'Products' } )
			.click();
		await page
			.getByRole( 'region', { name: 'Products' } )
			.getByRole( 'link', { name, exact: true } )
			.click();
		await page.getByRole( 'heading', { name: `Edit ${ name }` } ).waitFor();
	}
	async function saveProduct( page: Page ) {
		await page.getByRole( 'button', { name: 'Save Product' } ).click();
		await page
			.locator( '.wu-notices' )
			.getByText( 'Product saved.' )
			.waitFor( { timeout: 5000 } )
			.catch( async ( e ) => {
				throw new Error(
					String( e ) +
						( await page.locator( '.wrap' ).innerText() ) +
						browser.errors.join( '\n' )
				);
			} );
		await page
			.locator( '.wu-notices' )
			.getByRole( 'button', { name: /close|dismiss/i } )
			.first()
			.click();
	}

	beforeAll( async () => {
		server = await startDemoServer();
		browser = await launchBrowser();
		await logIn( browser.page, server.url, 'admin', ADMIN_PASSWORD );
	} );
	afterAll( async () => {
		await browser?.close();
		await server?.close();
	} );

	it( 'moves Free between plan groups by typing in Plan Group, and Frida’s offer follows (the seed’s owner story)', async () => {
		const { page } = browser;
		expect( await offeredPlans( 'frida' ) ).toEqual( [
			{ name: 'Free', current: true },
			{ name: 'Premium', current: false },
		] );

		await openProduct( page, 'Free' );
		await page.getByRole( 'tab', { name: 'Up & Downgrades' } ).click();
		const group = page.getByLabel( 'Plan Group' );
		await expect( group.inputValue() ).resolves.toBe( 'High End' );
		await group.fill( 'Starter' );
		await saveProduct( page );
		// A family of one: Frida is offered her own plan only, never Premium or Basic.
		expect( await offeredPlans( 'frida' ) ).toEqual( [
			{ name: 'Free', current: true },
		] );

		await page.getByLabel( 'Plan Group' ).fill( 'High End' );
		await saveProduct( page );
		const offer = await offeredPlans( 'frida' );
		expect( offer ).toEqual( [
			{ name: 'Free', current: true },
			{ name: 'Premium', current: false },
		] );
		expect( offer.map( ( plan ) => plan.name ) ).not.toContain( 'Basic' );

		// Premium's own tab shows the same family.
		await openProduct( page, 'Premium' );
		await page.getByRole( 'tab', { name: 'Up & Downgrades' } ).click();
		await expect(
			page.getByLabel( 'Plan Group' ).inputValue()
		).resolves.toBe( 'High End' );
		await screenshot( page, 'product-up-and-downgrades' );
		expect( browser.errors ).toEqual( [] );
	} );

	it( 'creates the package "Priority Support" and offers it on Premium through Offer Add-ons', async () => {
		const { page } = browser;
		await page
			.getByRole( 'navigation', { name: 'Main menu' } )
			.getByRole( 'link', { name: 'Products' } )
			.click();
		await page.getByRole( 'button', { name: 'Add New Product' } ).click();
		await page.getByLabel( 'Name' ).fill( 'Priority Support' );
		await page.getByLabel( 'Product Type' ).selectOption( 'package' );
		await page.getByRole( 'tab', { name: 'Pricing' } ).click();
		await page.getByLabel( 'Amount (USD)' ).first().fill( '19.90' );
		await page.getByRole( 'tab', { name: 'Limits' } ).click();
		await page.getByLabel( 'Limit to change' ).selectOption( 'users' );
		await page.getByRole( 'button', { name: 'Add limit' } ).click();
		await page
			.getByRole( 'group', { name: 'Users' } )
			.getByLabel( 'Users' )
			.fill( '2' );
		await page.getByRole( 'button', { name: 'Create Product' } ).click();
		await page
			.getByRole( 'heading', { name: 'Edit Priority Support' } )
			.waitFor();

		const created = await productByName( 'Priority Support' );
		expect( created ).toMatchObject( {
			type: 'package',
			slug: 'priority-support',
			amount: 1990,
			currency: 'USD',
			limits: { users: 2 },
		} );
		expect( new URL( page.url() ).pathname ).toBe(
			`/wp-admin/network/products/${ created.id }`
		);

		await openProduct( page, 'Premium' );
		await page.getByRole( 'tab', { name: 'Up & Downgrades' } ).click();
		await page
			.getByRole( 'group', { name: 'Offer Add-ons' } )
			.getByRole( 'checkbox', { name: 'Priority Support' } )
			.check();
		await saveProduct( page );

		const petra = await membershipOf( 'petra' );
		const options = await asCustomer(
			'petra',
			'GET',
			`/memberships/${ petra.id }/options`
		);
		expect( options.addons.map( ( addon: Json ) => addon.name ) ).toContain(
			'Priority Support'
		);
		// Frida's Free plan does not offer it.
		const frida = await membershipOf( 'frida' );
		const fridaOptions = await asCustomer(
			'frida',
			'GET',
			`/memberships/${ frida.id }/options`
		);
		expect(
			fridaOptions.addons.map( ( addon: Json ) => addon.name )
		).not.toContain( 'Priority Support' );
	} );

	it( 'refuses to delete a plan that memberships use, with the server’s reason', async () => {
		const { page } = browser;
		await openProduct( page, 'Basic' );
		await page.getByRole( 'button', { name: 'Delete Product' } ).click();
		await page
			.getByRole( 'dialog' )
			.getByRole( 'button', { name: 'Delete' } )
			.click();
		await page
			.locator( '.wu-notices' )
			.getByText( /Basic is used by/ )
			.waitFor();
		expect( await productByName( 'Basic' ) ).toBeDefined();
		// The refusal is a 409 that Chromium logs as a failed resource; nothing else went wrong.
		expect( browser.errors ).toEqual( [
			expect.stringContaining( '409' ),
		] );
		browser.errors.length = 0;
	} );

	it( 'shows the plan families as lanes, each plan a link to its page', async () => {
		const { page } = browser;
		await page
			.getByRole( 'navigation', { name: 'Main menu' } )
			.getByRole( 'link', { name: 'Plan Groups' } )
			.click();
		const highEnd = page.getByRole( 'region', { name: 'High End' } );
		await highEnd.waitFor();
		await expect(
			highEnd.getByRole( 'link' ).allTextContents()
		).resolves.toEqual( [
			expect.stringContaining( 'Free' ),
			expect.stringContaining( 'Premium' ),
		] );
		const noGroup = page.getByRole( 'region', { name: 'No group' } );
		await expect(
			noGroup.getByRole( 'link' ).allTextContents()
		).resolves.toEqual( [ expect.stringContaining( 'Basic' ) ] );
		await screenshot( page, 'plan-groups' );
		await highEnd.getByRole( 'link', { name: /^Premium/ } ).click();
		await page.getByRole( 'heading', { name: 'Edit Premium' } ).waitFor();
	} );

	it( 'cancels a scheduled downgrade from the membership page', async () => {
		const { page } = browser;
		const petra = await membershipOf( 'petra' );
		const free = await productByName( 'Free' );
		// Petra first trims her site to what Free allows (RULES L4), then asks for Free.
		const sites = ( await asAdmin(
			'GET',
			`/sites?membership=${ petra.id }`
		) ) as unknown as Json[];
		for ( const site of sites ) {
			await asAdmin( 'PUT', `/sites/${ site.id }/usage`, {
				posts: { post: 5, page: 2 },
				disk_space: 50,
				users: 1,
				custom_domains: 0,
			} );
		}
		const quote = await asCustomer(
			'petra',
			'POST',
			`/memberships/${ petra.id }/quote`,
			{ plan_id: free.id }
		);
		expect( quote.type ).toBe( 'downgrade' );
		await asCustomer(
			'petra',
			'POST',
			`/memberships/${ petra.id }/checkout`,
			{ quote_id: quote.id }
		);
		expect(
			( await asAdmin( 'GET', `/memberships/${ petra.id }` ) )
				.scheduled_change
		).toMatchObject( { plan_id: free.id } );

		await page
			.getByRole( 'navigation', { name: 'Main menu' } )
			.getByRole( 'link', { name: 'Memberships' } )
			.click();
		await page
			.getByRole( 'region', { name: 'Memberships' } )
			.locator( `a[href$="/memberships/${ petra.id }"]` )
			.click();
		const scheduled = page.getByRole( 'region', {
			name: 'Scheduled change',
		} );
		await scheduled.getByText( /Free/ ).waitFor();
		await scheduled
			.getByRole( 'button', { name: 'Cancel scheduled change' } )
			.click();
		await page
			.getByRole( 'dialog' )
			.getByRole( 'button', { name: 'Cancel the change' } )
			.click();
		await page
			.locator( '.wu-notices' )
			.getByText( 'The scheduled change was cancelled.' )
			.waitFor();
		await scheduled.getByText( 'No change is scheduled.' ).waitFor();
		expect(
			( await asAdmin( 'GET', `/memberships/${ petra.id }` ) )
				.scheduled_change
		).toBeNull();
		expect( browser.errors ).toEqual( [] );
	} );

	it( 'completes a pending manual payment, which applies the upgrade it pays for', async () => {
		const { page } = browser;
		const frida = await membershipOf( 'frida' );
		const premium = await productByName( 'Premium' );
		const quote = await asAdmin(
			'POST',
			`/memberships/${ frida.id }/quote`,
			{ plan_id: premium.id }
		);
		expect( quote.due_now ).toBeGreaterThan( 0 );
		const { payment } = await asAdmin(
			'POST',
			`/memberships/${ frida.id }/checkout`,
			{ quote_id: quote.id, payment_method: { type: 'manual' } }
		);
		expect( payment.status ).toBe( 'pending' );

		await page
			.getByRole( 'navigation', { name: 'Main menu' } )
			.getByRole( 'link', { name: 'Payments' } )
			.click();
		await page
			.getByRole( 'region', { name: 'Payments' } )
			.locator( `a[href$="/payments/${ payment.id }"]` )
			.click();
		const lines = page.getByRole( 'table', { name: 'Lines' } );
		await lines.waitFor();
		await expect(
			lines.getByRole( 'rowheader' ).first().textContent()
		).resolves.toContain( 'Premium' );
		await page.getByRole( 'button', { name: 'Complete payment' } ).click();
		await page
			.getByRole( 'dialog' )
			.getByRole( 'button', { name: 'Complete payment' } )
			.click();
		await page
			.locator( '.wu-notices' )
			.getByText( /The payment was completed/ )
			.waitFor();
		expect(
			( await asAdmin( 'GET', `/payments/${ payment.id }` ) ).status
		).toBe( 'completed' );
		expect(
			( await asAdmin( 'GET', `/memberships/${ frida.id }` ) ).plan_id
		).toBe( premium.id );

		// The customer's and the membership's pages tell the same story.
		await page
			.getByRole( 'region', { name: 'Summary' } )
			.getByRole( 'link', { name: `#${ frida.id }` } )
			.click();
		await page
			.getByRole( 'region', { name: 'Plan and add-ons' } )
			.getByRole( 'link', { name: 'Premium' } )
			.waitFor();
		// Change plan opens the shared checkout on the customer's behalf; Cancel comes back.
		await page.getByRole( 'button', { name: 'Change plan' } ).click();
		await page
			.getByRole( 'heading', { name: 'Choose your plan' } )
			.waitFor();
		await page
			.getByRole( 'button', { name: 'Complete Checkout' } )
			.waitFor();
		await page
			.getByRole( 'button', { name: 'Cancel', exact: true } )
			.click();
		await page
			.getByRole( 'heading', { name: `Membership #${ frida.id }` } )
			.waitFor();
		await page
			.getByRole( 'region', { name: 'Limits and usage' } )
			.getByRole( 'table' )
			.waitFor();
		await screenshot( page, 'membership' );
		await page
			.getByRole( 'region', { name: 'Plan and add-ons' } )
			.getByRole( 'link', { name: 'Frida Free' } )
			.click();
		await page
			.getByRole( 'region', { name: 'Memberships' } )
			.getByRole( 'link', { name: `#${ frida.id }` } )
			.waitFor();
		await page
			.getByRole( 'navigation', { name: 'Main menu' } )
			.getByRole( 'link', { name: 'Dashboard' } )
			.click();
		await page.getByRole( 'link', { name: 'Active' } ).waitFor();
		expect( browser.errors ).toEqual( [] );
	} );
} );
