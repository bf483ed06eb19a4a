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

// RULES R2 from the customer's side, in Debian Chromium on a fresh demo network: Petra's renewal
// fails, her membership goes on hold, and she pays it by hand from the Account page.
// Her demo membership starts at the test clock's now (2026-03-11T10:00:00Z), monthly, so it
// renews on 2026-04-11T10:00:00Z and a failed renewal is retried a day later.

jest.setTimeout( 90000 );

const PASSWORD = 'demo-customer';
/** Saved as a card on file; every later charge is declined (API.md "Test cards"). */
const DECLINED_ON_FILE = '4000000000000341';
const DECLINED_CARD = '4000000000000002';
const SUCCESS_CARD = '4242424242424242';

describe( 'an on-hold customer pays the failed renewal from the Account page', () => {
	const demo = freshDemoPerTest();

	it( 'R2: the renewal fails on the saved card, a declined card changes nothing, a good card makes the membership active again', async () => {
		const { server, browser } = demo();
		const { page } = browser;
		const customers = await asAdmin< { id: number; username: string }[] >(
			server,
			'GET',
			'/customers?search=petra'
		);
		const petra = customers.find( ( c ) => c.username === 'petra' );
		await asAdmin( server, 'PUT', `/customers/${ petra!.id }`, {
			payment_method: { type: 'test_card', number: DECLINED_ON_FILE },
		} );
		// Two hours past her period end: the renewal was charged and declined.
		await asAdmin( server, 'PUT', '/clock', {
			now: '2026-04-11T12:00:00Z',
		} );

		await logIn( page, server.url, 'petra', PASSWORD );
		await page
			.getByRole( 'navigation', { name: 'Main menu' } )
			.getByRole( 'link', { name: 'Account' } )
			.click();
		const box = membershipBox( page );
		const notice = box.locator( '.wu-on-hold__notice' );
		await notice.waitFor();
		await expect( notice.textContent() ).resolves.toContain(
			'Your last renewal payment failed. We will try again automatically on April 12, 2026'
		);
		await expect( fact( box, 'Status' ).textContent() ).resolves.toBe(
			'On hold'
		);
		await expect( fact( box, 'Next charge' ).textContent() ).resolves.toBe(
			'$99.00 on April 12, 2026 (automatic retry of the failed renewal)'
		);
		// No plan change while a renewal is unpaid: the server would refuse the quote.
		await expect(
			box
				.getByRole( 'button', { name: 'Change' } )
				.getAttribute( 'aria-disabled' )
		).resolves.toBe( 'true' );
		await expect(
			box
				.getByText(
					'Plan changes open again once the failed renewal is paid.'
				)
				.isVisible()
		).resolves.toBe( true );

		// A declined card: the gateway's reason, still on hold, nothing recorded as paid.
		const form = box.getByRole( 'form', {
			name: 'Pay the failed renewal',
		} );
		await form.getByLabel( 'Card number' ).fill( DECLINED_CARD );
		await form.getByRole( 'button', { name: 'Pay now' } ).click();
		const error = box.locator( '.wu-on-hold__error' );
		await error.waitFor();
		await expect(
			error.locator( '.components-notice__content' ).textContent()
		).resolves.toBe(
			'Your card was declined. Nothing was charged and your membership is still on hold.'
		);
		await expect( fact( box, 'Status' ).textContent() ).resolves.toBe(
			'On hold'
		);
		await expect( notice.textContent() ).resolves.toContain(
			'April 12, 2026'
		);
		await screenshot( page, 'account-on-hold' );

		// The success card, submitted from the keyboard: active again, the next period from the same anchor.
		await form.getByLabel( 'Card number' ).fill( SUCCESS_CARD );
		await form.getByLabel( 'Card number' ).press( 'Enter' );
		await shellNotices( page )
			.getByText( 'Thank you! Your membership is active again.' )
			.waitFor();
		await notice.waitFor( { state: 'detached' } );
		await expect( fact( box, 'Status' ).textContent() ).resolves.toBe(
			'Active'
		);
		await expect(
			box
				.getByRole( 'button', { name: 'Change' } )
				.getAttribute( 'aria-disabled' )
		).resolves.not.toBe( 'true' );
		await expect(
			fact( box, 'Current period' ).textContent()
		).resolves.toBe( 'April 11, 2026 – May 11, 2026' );
		await expect( fact( box, 'Next charge' ).textContent() ).resolves.toBe(
			'$99.00 on May 11, 2026'
		);
		const membership = (
			await asAdmin<
				{
					status: string;
					next_retry_at: string | null;
					period_end: string;
				}[]
			>( server, 'GET', `/memberships?customer=${ petra!.id }` )
		)[ 0 ];
		expect( membership ).toMatchObject( {
			status: 'active',
			next_retry_at: null,
			period_end: '2026-05-11T10:00:00Z',
		} );
		expect( unexpectedErrors( browser.errors ) ).toEqual( [] );
	} );
} );
