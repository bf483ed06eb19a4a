import {
	ADMIN_PASSWORD,
	launchBrowser,
	logIn,
	restAs,
	startDemoServer,
	type Browser,
	type RunningServer,
} from '../support/e2e';

jest.setTimeout( 60000 );

type Json = Record< string, any >;

// Issue 11, network admin: what a new owner tripped on, clicked through the real screens.
describe( 'the network admin’s dashboard, lists and product checks in Chromium', () => {
	let server: RunningServer;
	let browser: Browser;

	const asAdmin = ( method: string, path: string, body?: unknown ) =>
		restAs< Json >( server, 'admin', ADMIN_PASSWORD, method, path, body );
	const menu = () =>
		browser.page.getByRole( 'navigation', { name: 'Main menu' } );

	beforeAll( async () => {
		server = await startDemoServer();
		browser = await launchBrowser();
		browser.page.setDefaultTimeout( 10000 );
		await logIn( browser.page, server.url, 'admin', ADMIN_PASSWORD );
	} );
	afterAll( async () => {
		await browser?.close();
		await server?.close();
	} );

	it( 'opens the Memberships list filtered by the status of the dashboard tile clicked', async () => {
		const { page } = browser;
		const onHold = ( await asAdmin(
			'GET',
			'/memberships?status=on-hold'
		) ) as unknown as Json[];
		const active = ( await asAdmin(
			'GET',
			'/memberships?status=active'
		) ) as unknown as Json[];

		await menu().getByRole( 'link', { name: 'Dashboard' } ).click();
		await page.locator( '.wu-count' ).first().waitFor();
		await page.getByRole( 'link', { name: /Active/ } ).click();
		await page
			.getByRole( 'heading', { level: 1, name: 'Memberships' } )
			.waitFor();
		expect( new URL( page.url() ).search ).toBe( '?status=active' );
		// The DataViews list reads its status filter from the address.
		const table = page.getByRole( 'region', { name: 'Memberships' } );
		await page.locator( '.wu-data-list[aria-busy="false"]' ).waitFor();
		await expect( table.locator( 'tbody tr' ).count() ).resolves.toBe(
			active.length
		);
		expect( active.length ).toBeGreaterThan( 0 );

		await menu().getByRole( 'link', { name: 'Dashboard' } ).click();
		await page.getByRole( 'link', { name: /On hold/ } ).click();
		await page
			.getByRole( 'heading', { level: 1, name: 'Memberships' } )
			.waitFor();
		expect( new URL( page.url() ).search ).toBe( '?status=on-hold' );
		await page.locator( '.wu-data-list[aria-busy="false"]' ).waitFor();
		if ( onHold.length === 0 ) {
			await page
				.getByRole( 'region', { name: 'Memberships' } )
				.getByText( 'No memberships match.' )
				.waitFor();
		} else {
			await expect(
				page
					.getByRole( 'region', { name: 'Memberships' } )
					.locator( 'tbody tr' )
					.count()
			).resolves.toBe( onHold.length );
		}
		// The menu's Memberships lists every membership, without the filter in the address.
		await menu().getByRole( 'link', { name: 'Memberships' } ).click();
		await page.waitForURL( ( url ) => url.search === '' );
		expect( browser.errors ).toEqual( [] );
	} );

	it( 'at 390 px wide, the Memberships, Payments and Products tables scroll inside their box, never the page', async () => {
		const { page } = browser;
		await page.setViewportSize( { width: 390, height: 844 } );
		try {
			// Memberships and Payments are wider than the screen (472 and 557 px without their box): they scroll in it.
			for ( const [ item, wider ] of [
				[ 'Memberships', true ],
				[ 'Payments', true ],
				[ 'Products', false ],
			] as const ) {
				await menu()
					.getByRole( 'link', { name: item, exact: true } )
					.click();
				await page
					.getByRole( 'heading', { level: 1, name: item } )
					.waitFor();
				const region = page.getByRole( 'region', { name: item } );
				await page
					.locator( '.wu-data-list[aria-busy="false"]' )
					.waitFor();
				await region.locator( 'table tbody tr' ).first().waitFor();
				const widths = await region.evaluate( ( box ) => ( {
					page: document.documentElement.scrollWidth,
					box: box.clientWidth,
					content: box.scrollWidth,
				} ) );
				expect( widths.page ).toBeLessThanOrEqual( 390 );
				expect( widths.box ).toBeLessThanOrEqual( 390 );
				if ( wider ) {
					expect( widths.content ).toBeGreaterThan( widths.box );
				}
			}
		} finally {
			await page.setViewportSize( { width: 1280, height: 800 } );
		}
	} );

	it( 'refuses 99,999 months with the reason, and joins "high end" typed on Basic to High End', async () => {
		const { page } = browser;
		await menu().getByRole( 'link', { name: 'Products' } ).click();
		await page
			.getByRole( 'region', { name: 'Products' } )
			.getByRole( 'link', { name: 'Basic', exact: true } )
			.click();
		await page.getByRole( 'heading', { name: 'Edit Basic' } ).waitFor();
		await page.getByRole( 'tab', { name: 'Pricing' } ).click();
		const period = page.getByRole( 'group', { name: 'Billing period' } );
		await period.getByLabel( 'Duration' ).fill( '99999' );
		await page.getByRole( 'button', { name: 'Save Product' } ).click();
		await period
			.getByText(
				'The billing period can be at most 10 years (120 months).'
			)
			.waitFor();
		expect(
			( await asAdmin( 'GET', '/products?search=basic' ) )[ 0 ].duration
		).toBe( 1 );
		await period.getByLabel( 'Duration' ).fill( '1' );

		await page.getByRole( 'tab', { name: 'Up & Downgrades' } ).click();
		await page.getByLabel( 'Plan Group' ).fill( 'high end' );
		await page
			.getByText(
				'Joins the existing group High End (group names ignore case and spaces).'
			)
			.waitFor();
		await page.getByRole( 'button', { name: 'Save Product' } ).click();
		await page
			.locator( '.wu-notices' )
			.getByText( 'Product saved.' )
			.waitFor();
		await menu().getByRole( 'link', { name: 'Plan Groups' } ).click();
		const groups = ( await asAdmin(
			'GET',
			'/plan-groups'
		) ) as unknown as Json[];
		expect(
			groups.map( ( group ) => [
				group.name,
				group.plans.map( ( plan: Json ) => plan.name ),
			] )
		).toEqual( [ [ 'High End', [ 'Free', 'Basic', 'Premium' ] ] ] );
		expect( browser.errors ).toEqual( [] );
	} );
} );
