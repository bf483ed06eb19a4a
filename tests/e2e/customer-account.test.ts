import type { Page } from 'playwright-core';
import {
	asAdmin,
	fact,
	freshDemoPerTest,
	logIn,
	membershipBox,
	screenshot,
	shellNotices,
	unexpectedErrors,
} from '../support/e2e';

// The seed's customer part, story by story, in Debian Chromium on a fresh demo network each.
// The demo memberships start at the test clock's now (2026-03-11T10:00:00Z), monthly.

jest.setTimeout( 90000 );

const PASSWORD = 'demo-customer';
const SUCCESS_CARD = '4242424242424242';
const DECLINED_CARD = '4000000000000002';

const main = ( page: Page ) => page.locator( '#wpbody-content' );
const summary = ( page: Page ) => page.locator( '.wu-checkout__summary' );

async function openAccount( page: Page ) {
	await main( page ).getByRole( 'navigation' ).count(); // no-op: the shell is there after logIn
	await page
		.getByRole( 'navigation', { name: 'Main menu' } )
		.getByRole( 'link', { name: 'Account' } )
		.click();
	await page.getByRole( 'heading', { name: 'Your Membership' } ).waitFor();
}

async function openChange( page: Page ) {
	await openAccount( page );
	await membershipBox( page )
		.getByRole( 'button', { name: 'Change', exact: true } )
		.click();
	await page.getByRole( 'heading', { name: 'Choose your plan' } ).waitFor();
	expect( new URL( page.url() ).pathname ).toBe( '/wp-admin/account/change' );
}

/** Waits until the summary shows a settled quote (no spinner) and returns its Due now text. */
async function dueNow( page: Page ): Promise< string > {
	await summary( page )
		.locator(
			'.wu-order-summary:not(.is-loading) .wu-order-summary__due td'
		)
		.waitFor();
	return (
		( await summary( page )
			.locator( '.wu-order-summary__due td' )
			.textContent() ) ?? ''
	);
}

describe( 'a customer changes their plan from the Account page', () => {
	const demo = freshDemoPerTest();

	it( '1. a Free member upgrades to Premium with the success card and sees Premium and its limits at once', async () => {
		const { server, browser } = demo();
		const { page } = browser;
		await logIn( page, server.url, 'frida', PASSWORD );
		// Seed point 2: the dashboard links to the Account page.
		await main( page )
			.getByRole( 'link', { name: 'Go to your Account page' } )
			.waitFor();
		await openAccount( page );
		await expect(
			fact( membershipBox( page ), 'Plan' ).textContent()
		).resolves.toBe( 'Free' );
		await openChange( page );

		// Seed points 4 and 12: the plans of the High End group only, the current one marked.
		const plans = main( page ).locator( '.wu-plan-cards' );
		await expect(
			plans
				.getByRole( 'radio' )
				.evaluateAll( ( radios ) =>
					radios.map(
						( r ) =>
							( r as HTMLInputElement ).labels?.[ 0 ]?.textContent
					)
				)
		).resolves.toEqual( [ 'Free', 'Premium' ] );
		await expect(
			plans
				.locator( '.wu-plan-card', { hasText: 'Free' } )
				.getByText( 'Current plan' )
				.isVisible()
		).resolves.toBe( true );
		await expect( plans.getByText( 'Basic' ).count() ).resolves.toBe( 0 );

		await plans.getByRole( 'radio', { name: 'Premium' } ).check();
		// Seed point 5: the chosen plan's services and packages as order bumps.
		await main( page )
			.getByRole( 'heading', {
				name: 'Services and packages for Premium',
			} )
			.waitFor();
		await expect(
			main( page )
				.getByRole( 'checkbox', { name: 'Unlimited Visits' } )
				.isVisible()
		).resolves.toBe( true );

		// Seed point 6: due now and the next charge. E2: 99.00 + 50.00 setup fee.
		await expect( dueNow( page ) ).resolves.toBe( '$149.00' );
		await expect(
			fact( summary( page ), 'Next charge' ).textContent()
		).resolves.toBe( '$99.00 on April 11, 2026' );
		await expect(
			fact( summary( page ), 'Takes effect' ).textContent()
		).resolves.toContain( 'Now' );

		await summary( page ).getByLabel( 'Card number' ).fill( SUCCESS_CARD );
		await summary( page )
			.getByRole( 'button', { name: 'Complete Checkout' } )
			.click();

		// Seed point 9: back on Account with a notice; Premium and its limits at once.
		await page.waitForURL(
			( url ) => url.pathname === '/wp-admin/account'
		);
		await shellNotices( page )
			.getByText( 'Your payment is complete' )
			.waitFor();
		await expect(
			fact( membershipBox( page ), 'Plan' ).textContent()
		).resolves.toBe( 'Premium' );
		await expect(
			fact( membershipBox( page ), 'Next charge' ).textContent()
		).resolves.toBe( '$99.00 on April 11, 2026' );
		const disk = main( page ).getByRole( 'meter', { name: 'Disk space' } );
		await expect( disk.getAttribute( 'aria-valuemax' ) ).resolves.toBe(
			'10240'
		);
		const visits = main( page ).getByRole( 'meter', {
			name: 'Visits this month',
		} );
		await expect( visits.getAttribute( 'aria-valuemax' ) ).resolves.toBe(
			'100000'
		);
		await expect(
			main( page )
				.getByRole( 'meter', { name: 'Sites' } )
				.getAttribute( 'aria-valuemax' )
		).resolves.toBe( '10' );
		await expect(
			main( page )
				.getByRole( 'row', { name: /\$149\.00/ } )
				.count()
		).resolves.toBeGreaterThan( 0 );
		await screenshot( page, 'account' );
		expect( unexpectedErrors( browser.errors ) ).toEqual( [] );
	} );

	it( '2. a Premium member buys Unlimited Visits alone, prorated, and visits are Unlimited at once', async () => {
		const { server, browser } = demo();
		const { page } = browser;
		// Ten days into Petra's period (2026-03-11T10:00Z → 04-11T10:00Z, 31 days): 21 unused days.
		await asAdmin( server, 'PUT', '/clock', {
			now: '2026-03-21T10:00:00Z',
		} );
		await logIn( page, server.url, 'petra', PASSWORD );
		await openChange( page );
		await main( page )
			.getByRole( 'checkbox', { name: 'Unlimited Visits' } )
			.check();
		// RULES K6: round(1000 × 21 / 31) = 677.
		await expect( dueNow( page ) ).resolves.toBe( '$6.77' );
		await expect(
			fact( summary( page ), 'Next charge' ).textContent()
		).resolves.toBe( '$109.00 on April 11, 2026' );
		await expect(
			main( page ).getByRole( 'radio', { name: 'Premium' } ).isChecked()
		).resolves.toBe( true );
		await summary( page ).getByLabel( 'Card number' ).fill( SUCCESS_CARD );
		await summary( page )
			.getByRole( 'button', { name: 'Complete Checkout' } )
			.click();
		await page.waitForURL(
			( url ) => url.pathname === '/wp-admin/account'
		);
		await shellNotices( page )
			.getByText( 'Your payment is complete' )
			.waitFor();
		await membershipBox( page )
			.getByText( 'Unlimited Visits × 1' )
			.waitFor();
		const site = main( page ).locator( '.wu-site-limits__site' );
		await expect(
			site
				.locator( '.wu-usage-meter', { hasText: 'Visits this month' } )
				.textContent()
		).resolves.toContain( 'Unlimited' );
		await expect(
			main( page )
				.getByRole( 'meter', { name: 'Visits this month' } )
				.count()
		).resolves.toBe( 0 );

		// Cancelling the recurring add-on ends it at the period's end, with nothing charged.
		await membershipBox( page )
			.getByRole( 'button', { name: 'Cancel Unlimited Visits' } )
			.click();
		const confirm = membershipBox( page ).getByRole( 'group', {
			name: 'Cancel Unlimited Visits',
		} );
		await expect(
			confirm.locator( '.wu-order-summary__due td' ).textContent()
		).resolves.toBe( '$0.00' );
		await confirm
			.getByRole( 'button', { name: 'Confirm cancellation' } )
			.click();
		await shellNotices( page )
			.getByText(
				'Unlimited Visits is cancelled and ends on April 11, 2026.'
			)
			.waitFor();
		await expect(
			membershipBox( page )
				.getByText( 'Ends on April 11, 2026' )
				.isVisible()
		).resolves.toBe( true );
		await expect(
			fact( membershipBox( page ), 'Next charge' ).textContent()
		).resolves.toBe( '$99.00 on April 11, 2026' );
		expect( unexpectedErrors( browser.errors ) ).toEqual( [] );
	} );

	it( '3. choosing the current plan and add-ons shows why nothing changes, and no pay button', async () => {
		const { server, browser } = demo();
		const { page } = browser;
		await logIn( page, server.url, 'petra', PASSWORD );
		await openChange( page );
		await main( page ).getByRole( 'radio', { name: 'Premium' } ).click();
		const notice = summary( page ).locator(
			'.wu-quote-problem.is-no-changes'
		);
		await notice.waitFor();
		await expect( notice.textContent() ).resolves.toMatch( /change/i );
		await expect(
			summary( page )
				.getByRole( 'button', { name: 'Complete Checkout' } )
				.count()
		).resolves.toBe( 0 );
		// Adding then removing an add-on lands on the same state again.
		await main( page )
			.getByRole( 'checkbox', { name: 'Extra Disk' } )
			.check();
		await expect( dueNow( page ) ).resolves.toMatch( /^\$/ );
		await main( page )
			.getByRole( 'checkbox', { name: 'Extra Disk' } )
			.uncheck();
		await notice.waitFor();
		await expect(
			summary( page )
				.getByRole( 'button', { name: 'Complete Checkout' } )
				.count()
		).resolves.toBe( 0 );
		expect( unexpectedErrors( browser.errors ) ).toEqual( [] );
	} );

	it( '4. a downgrade costs nothing now, is scheduled for the period end, and can be cancelled', async () => {
		const { server, browser } = demo();
		const { page } = browser;
		await logIn( page, server.url, 'petra', PASSWORD );
		await openChange( page );
		await main( page ).getByRole( 'radio', { name: 'Free' } ).check();
		// Petra's site is above Free's limits (RULES L4): the summary lists what to remove, and she may still schedule it.
		const overLimit = summary( page ).locator(
			'.wu-order-summary__over-limits'
		);
		await overLimit.waitFor();
		await expect( overLimit.textContent() ).resolves.toContain(
			'Posts: you use 140, the new limit is 10 — remove 130 posts.'
		);

		// She tidies her site up to fit Free, and comes back.
		const sites = await asAdmin< { id: number; path: string }[] >(
			server,
			'GET',
			'/sites?per_page=100'
		);
		const petraSite = sites.find( ( site ) => site.path === '/petra/' );
		await asAdmin( server, 'PUT', `/sites/${ petraSite!.id }/usage`, {
			posts: { post: 5, page: 3 },
			disk_space: 50,
			users: 1,
			custom_domains: 0,
			visits: 200,
		} );
		await page.reload();
		await page
			.getByRole( 'heading', { name: 'Choose your plan' } )
			.waitFor();
		await main( page ).getByRole( 'radio', { name: 'Free' } ).check();
		await expect( dueNow( page ) ).resolves.toBe( '$0.00' );
		await expect(
			fact( summary( page ), 'Takes effect' ).textContent()
		).resolves.toBe(
			'On April 11, 2026, at the end of your current period'
		);
		await expect(
			summary( page ).getByLabel( 'Card number' ).count()
		).resolves.toBe( 0 );
		await summary( page )
			.getByRole( 'button', { name: 'Schedule change' } )
			.click();

		await page.waitForURL(
			( url ) => url.pathname === '/wp-admin/account'
		);
		await shellNotices( page )
			.getByText( 'Your change is scheduled for April 11, 2026.' )
			.waitFor();
		const scheduled = membershipBox( page ).locator(
			'.wu-scheduled-change'
		);
		await expect( scheduled.textContent() ).resolves.toContain(
			'Your membership changes to Free (1 month) without add-ons on April 11, 2026.'
		);
		await expect(
			fact( membershipBox( page ), 'Plan' ).textContent()
		).resolves.toBe( 'Premium' );
		await scheduled
			.getByRole( 'button', { name: 'Cancel scheduled change' } )
			.click();
		await shellNotices( page )
			.getByText( 'The scheduled change is cancelled' )
			.waitFor();
		await membershipBox( page )
			.locator( '.wu-scheduled-change' )
			.waitFor( { state: 'detached' } );
		await expect(
			fact( membershipBox( page ), 'Next charge' ).textContent()
		).resolves.toBe( '$99.00 on April 11, 2026' );
		expect( unexpectedErrors( browser.errors ) ).toEqual( [] );
	} );

	it( '5. a declined card says why and leaves the membership untouched', async () => {
		const { server, browser } = demo();
		const { page } = browser;
		await logIn( page, server.url, 'frida', PASSWORD );
		await openChange( page );
		await main( page ).getByRole( 'radio', { name: 'Premium' } ).check();
		await expect( dueNow( page ) ).resolves.toBe( '$149.00' );
		await summary( page ).getByLabel( 'Card number' ).fill( DECLINED_CARD );
		await summary( page )
			.getByRole( 'button', { name: 'Complete Checkout' } )
			.dblclick();
		const notice = summary( page ).locator( '.wu-checkout__notice' );
		await notice.waitFor();
		await expect( notice.textContent() ).resolves.toContain(
			'Nothing was charged and your membership has not changed.'
		);
		expect( new URL( page.url() ).pathname ).toBe(
			'/wp-admin/account/change'
		);

		await summary( page ).getByRole( 'button', { name: 'Cancel' } ).click();
		await page
			.getByRole( 'heading', { name: 'Your Membership' } )
			.waitFor();
		await expect(
			fact( membershipBox( page ), 'Plan' ).textContent()
		).resolves.toBe( 'Free' );
		const payments = await asAdmin< { status: string; total: number }[] >(
			server,
			'GET',
			'/payments?per_page=100'
		);
		expect(
			payments.filter(
				( p ) => p.status === 'completed' && p.total === 14900
			)
		).toEqual( [] );
		expect( unexpectedErrors( browser.errors ) ).toEqual( [] );
	} );

	it( '6. an upgrade between two charges credits what was paid for the first plan (seed point 7)', async () => {
		const { server, browser } = demo();
		const { page } = browser;
		await asAdmin( server, 'PUT', '/clock', {
			now: '2026-03-21T10:00:00Z',
		} );
		await logIn( page, server.url, 'petra', PASSWORD );
		await openChange( page );
		await main( page ).getByRole( 'radio', { name: '1 year' } ).check();
		// RULES K7, E4: credit round(9900 × 21 / 31) = 6706; no new setup fee; the new period starts now.
		await expect(
			summary( page )
				.getByRole( 'row', { name: /unused/i } )
				.locator( 'td' )
				.textContent()
		).resolves.toBe( '-$67.06' );
		await expect( dueNow( page ) ).resolves.toBe( '$922.94' );
		await expect(
			fact( summary( page ), 'Next charge' ).textContent()
		).resolves.toBe( '$990.00 on March 21, 2027' );
		await expect(
			summary( page )
				.locator( '.wu-order-summary__explanation' )
				.textContent()
		).resolves.toContain( '21 of 31 days are unused' );
		await screenshot( page, 'checkout' );
		await summary( page ).getByLabel( 'Card number' ).fill( SUCCESS_CARD );
		await summary( page )
			.getByRole( 'button', { name: 'Complete Checkout' } )
			.click();
		await page.waitForURL(
			( url ) => url.pathname === '/wp-admin/account'
		);
		await expect(
			fact( membershipBox( page ), 'Price' ).textContent()
		).resolves.toBe( '$990.00 per year' );
		await expect(
			fact( membershipBox( page ), 'Current period' ).textContent()
		).resolves.toBe( 'March 21, 2026 – March 21, 2027' );
		expect( unexpectedErrors( browser.errors ) ).toEqual( [] );
	} );

	it( '7. a scheduled downgrade: the button says so, Account shows the charge after it, cancelling leaves only the cancelled state', async () => {
		const { server, browser } = demo();
		const { page } = browser;
		const sites = await asAdmin< { id: number; path: string }[] >(
			server,
			'GET',
			'/sites?per_page=100'
		);
		const petraSite = sites.find( ( site ) => site.path === '/petra/' );
		await asAdmin( server, 'PUT', `/sites/${ petraSite!.id }/usage`, {
			posts: { post: 5, page: 3 },
			disk_space: 50,
			users: 1,
			custom_domains: 0,
			visits: 200,
		} );
		await logIn( page, server.url, 'petra', PASSWORD );
		await openChange( page );
		await main( page ).getByRole( 'radio', { name: 'Free' } ).check();
		await expect( dueNow( page ) ).resolves.toBe( '$0.00' );
		// The words use the table's formatting: "$0.00", "April 11, 2026" — no "0.00 USD", no "11 Apr 2026".
		const words =
			( await summary( page )
				.locator( '.wu-order-summary__explanation' )
				.textContent() ) ?? '';
		expect( words ).toContain(
			'replaces your current plan on April 11, 2026'
		);
		expect( words ).toContain( 'Due now: $0.00.' );
		expect( words ).not.toMatch( /USD|11 Apr 2026/ );
		await expect(
			summary( page )
				.getByRole( 'button', { name: 'Complete Checkout' } )
				.count()
		).resolves.toBe( 0 );
		await summary( page )
			.getByRole( 'button', { name: 'Schedule change' } )
			.click();

		await page.waitForURL(
			( url ) => url.pathname === '/wp-admin/account'
		);
		await shellNotices( page )
			.getByText( 'Your change is scheduled for April 11, 2026.' )
			.waitFor();
		await expect(
			fact( membershipBox( page ), 'Plan' ).textContent()
		).resolves.toBe( 'Premium' );
		await expect(
			fact( membershipBox( page ), 'Next charge' ).textContent()
		).resolves.toBe( '$0.00 on April 11, 2026, after the change to Free' );
		const scheduled = membershipBox( page ).locator(
			'.wu-scheduled-change'
		);
		await expect( scheduled.textContent() ).resolves.toContain(
			'Your membership changes to Free (1 month) without add-ons on April 11, 2026.'
		);

		await scheduled
			.getByRole( 'button', { name: 'Cancel scheduled change' } )
			.click();
		await shellNotices( page )
			.getByText( 'The scheduled change is cancelled' )
			.waitFor();
		await expect(
			shellNotices( page ).locator( '.components-notice' ).count()
		).resolves.toBe( 1 );
		await expect(
			shellNotices( page ).getByText( 'Your change is scheduled' ).count()
		).resolves.toBe( 0 );
		await expect(
			fact( membershipBox( page ), 'Next charge' ).textContent()
		).resolves.toBe( '$99.00 on April 11, 2026' );
		expect( unexpectedErrors( browser.errors ) ).toEqual( [] );
	} );
} );
