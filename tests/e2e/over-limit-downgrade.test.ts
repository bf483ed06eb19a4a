import type { Page } from 'playwright-core';
import {
	ADMIN_PASSWORD,
	asAdmin,
	freshDemoPerTest,
	logIn,
	membershipBox,
	screenshot,
	shellNotices,
	unexpectedErrors,
} from '../support/e2e';

// RULES L4 and L5 in the browser: Petra (Premium; 140 posts, 12 pages, 2 custom domains, 2.5 GB)
// schedules a downgrade to Free although she is above its limits, sees what to remove and by
// when, and after the change applies her Account page says which limits are exceeded.

jest.setTimeout( 90000 );

const main = ( page: Page ) => page.locator( '#wpbody-content' );
const summary = ( page: Page ) => page.locator( '.wu-checkout__summary' );

describe( 'Petra downgrades while over the new limits', () => {
	const demo = freshDemoPerTest();

	it( 'schedules Free despite the usage, sees per site what to remove by April 11, and later which limits are over', async () => {
		const { server, browser } = demo();
		const { page } = browser;
		await logIn( page, server.url, 'petra', 'demo-customer' );
		await page
			.getByRole( 'navigation', { name: 'Main menu' } )
			.getByRole( 'link', { name: 'Account' } )
			.click();
		await membershipBox( page )
			.getByRole( 'button', { name: 'Change', exact: true } )
			.click();
		await page
			.getByRole( 'heading', { name: 'Choose your plan' } )
			.waitFor();
		await main( page ).getByRole( 'radio', { name: 'Free' } ).check();

		const over = summary( page ).locator(
			'.wu-order-summary__over-limits'
		);
		await over.waitFor();
		await over.getByRole( 'heading', { name: 'Petra’s Studio' } ).waitFor();
		await expect( over.textContent() ).resolves.toContain(
			'You can still schedule this change; by April 11, 2026, remove:'
		);
		const items = await over.getByRole( 'listitem' ).allTextContents();
		expect( items ).toEqual(
			expect.arrayContaining( [
				'Posts: you use 140, the new limit is 10 — remove 130 posts.',
				'Pages: you use 12, the new limit is 5 — remove 7 pages.',
				'Custom domains: you use 2, the new limit is 0 — remove 2 custom domains.',
				'Disk space: you use 2.4 GB, the new limit is 100 MB — remove 2.3 GB of disk space.',
			] )
		);
		expect( ( await summary( page ).textContent() ) ?? '' ).not.toMatch(
			/\b[a-z]+_[a-z_]+\b/
		);
		await screenshot( page, 'over-limit-downgrade' );

		const schedule = summary( page ).getByRole( 'button', {
			name: /Complete Checkout|Schedule change/,
		} );
		await schedule.click();
		await page.waitForURL(
			( url ) => url.pathname === '/wp-admin/account'
		);
		await shellNotices( page )
			.getByText( 'Your change is scheduled for April 11, 2026.' )
			.waitFor();
		// Until then the Account page's Site limits say what to remove by that date (L4).
		const ahead = page.locator( '.wu-site-limits__ahead' );
		await ahead
			.getByText(
				'Your scheduled change on April 11, 2026 lowers your limits below what you use. By then, remove:'
			)
			.waitFor();
		await ahead
			.getByText(
				'Pages: you use 12, the new limit is 5 — remove 7 pages.'
			)
			.waitFor();

		// At the period end the change applies; nothing is deleted and the Site limits say what is over (L5).
		await asAdmin( server, 'PUT', '/clock', {
			now: '2026-04-11T10:00:00Z',
		} );
		await page.reload();
		const limits = page.locator( 'section', {
			has: page.getByRole( 'heading', { name: 'Site limits' } ),
		} );
		await limits.getByText( 'Over the limit: remove 7 pages' ).waitFor();
		await expect(
			page.locator( '.wu-site-limits__ahead' ).count()
		).resolves.toBe( 0 );
		await expect(
			limits.getByText( 'Over the limit: remove 130 posts' ).isVisible()
		).resolves.toBe( true );
		await expect(
			limits
				.getByText( 'Over the limit: remove 2 custom domains' )
				.isVisible()
		).resolves.toBe( true );
		await expect(
			limits
				.getByRole( 'meter', { name: 'Pages' } )
				.getAttribute( 'aria-valuetext' )
		).resolves.toContain( '12 of 5' );
		expect( unexpectedErrors( browser.errors ) ).toEqual( [] );
	} );

	it( 'the admin’s Change plan speaks of the customer, and applies a change now over the limits only after confirming, noted on the membership', async () => {
		const { server, browser } = demo();
		const { page } = browser;
		type Json = Record< string, any >;
		const products = await asAdmin< Json[] >(
			server,
			'GET',
			'/products?per_page=100'
		);
		const id = ( name: string ) =>
			products.find( ( p ) => p.name === name )!.id;
		const [ petra ] = await asAdmin< Json[] >(
			server,
			'GET',
			'/customers?search=petra'
		);
		// A trial of Premium: any change applies now (RULES K9), so Free is over the limits today.
		const trial = await asAdmin< Json >( server, 'POST', '/memberships', {
			customer_id: petra.id,
			plan_id: id( 'Premium' ),
			status: 'trialing',
			trial_end: '2026-03-25T10:00:00Z',
		} );
		await asAdmin( server, 'POST', '/sites', {
			membership_id: trial.id,
			title: 'Petra’s Shop',
			path: '/petra-shop/',
			usage: {
				posts: { post: 3, page: 12 },
				disk_space: 50,
				users: 1,
				custom_domains: 0,
			},
		} );

		await logIn( page, server.url, 'admin', ADMIN_PASSWORD );
		await page
			.getByRole( 'navigation', { name: 'Main menu' } )
			.getByRole( 'link', { name: 'Memberships' } )
			.click();
		await page
			.getByRole( 'region', { name: 'Memberships' } )
			.locator( `a[href$="/memberships/${ trial.id }"]` )
			.click();
		await page.getByRole( 'button', { name: 'Change plan' } ).click();
		await page
			.getByRole( 'heading', { name: 'Choose your plan' } )
			.waitFor();
		await main( page ).getByRole( 'radio', { name: 'Free' } ).check();
		const over = summary( page ).locator(
			'.wu-order-summary__over-limits'
		);
		await over
			.getByText(
				'Pages: the customer uses 12, the new limit is 5 — remove 7 pages.'
			)
			.waitFor();
		await over.getByRole( 'heading', { name: 'Petra’s Shop' } ).waitFor();
		await expect( over.textContent() ).resolves.not.toContain( 'you use' );
		const pay = summary( page ).getByRole( 'button', {
			name: /Complete Checkout|Confirm change|Schedule change/,
		} );
		await expect( pay.isDisabled() ).resolves.toBe( true );
		await summary( page )
			.getByRole( 'checkbox', {
				name: 'Apply although the customer is over the new limits',
			} )
			.check();
		await pay.click();

		await page
			.getByRole( 'heading', { name: `Membership #${ trial.id }` } )
			.waitFor();
		await page
			.locator( '.wu-over-limits-notes' )
			.getByText(
				/^Applied over limits by Network Admin on March 11, 2026 \(above the new limits: 7 pages\)\.$/
			)
			.waitFor();
		await expect(
			page
				.getByRole( 'region', { name: 'Plan and add-ons' } )
				.getByRole( 'link', { name: 'Free' } )
				.isVisible()
		).resolves.toBe( true );
		expect( unexpectedErrors( browser.errors ) ).toEqual( [] );
	} );
} );
