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

// RULES X1 from the customer's side, in Debian Chromium on a fresh demo network: Petra (Premium
// monthly from 2026-03-11T10:00:00Z) cancels at the period end from the Account page, sees until
// when it stays active, undoes it, and replaces her saved card (any time, not only on hold).

jest.setTimeout( 90000 );

const PASSWORD = 'demo-customer';

describe( 'a customer cancels from the Account page', () => {
	const demo = freshDemoPerTest();

	it( 'X1: cancel at the period end with a confirm dialog, "Cancels on" with undo; Replace card', async () => {
		const { server, browser } = demo();
		const { page } = browser;
		await logIn( page, server.url, 'petra', PASSWORD );
		await page
			.getByRole( 'navigation', { name: 'Main menu' } )
			.getByRole( 'link', { name: 'Account' } )
			.click();
		const box = membershipBox( page );
		await box.getByRole( 'button', { name: 'Cancel membership' } ).click();
		const dialog = page.getByRole( 'dialog', {
			name: 'Cancel membership',
		} );
		await expect( dialog.textContent() ).resolves.toContain(
			'Your membership stays active until April 11, 2026, then ends; nothing more is charged. You can undo this until then.'
		);
		// Keeping it changes nothing.
		await dialog.getByRole( 'button', { name: 'Keep membership' } ).click();
		await dialog.waitFor( { state: 'detached' } );
		await box.getByRole( 'button', { name: 'Cancel membership' } ).click();
		await dialog
			.getByRole( 'button', { name: 'Cancel membership' } )
			.click();
		await shellNotices( page )
			.getByText(
				'Your membership is cancelled: it stays active until April 11, 2026, then ends.'
			)
			.waitFor();
		const notice = box.locator( '.wu-cancellation' );
		await expect( notice.textContent() ).resolves.toContain(
			'Cancels on April 11, 2026. Your membership stays active until then.'
		);
		await expect( fact( box, 'Status' ).textContent() ).resolves.toBe(
			'Active'
		);
		await expect( fact( box, 'Next charge' ).textContent() ).resolves.toBe(
			'None: your membership ends on April 11, 2026.'
		);
		await expect(
			box
				.getByRole( 'button', { name: 'Change' } )
				.getAttribute( 'aria-disabled' )
		).resolves.toBe( 'true' );
		await screenshot( page, 'account-cancelled' );
		const [ scheduled ] = await asAdmin< { cancel_at: string | null }[] >(
			server,
			'GET',
			'/memberships?search=petra'
		);
		expect( scheduled.cancel_at ).toBe( '2026-04-11T10:00:00Z' );

		await notice
			.getByRole( 'button', { name: 'Undo cancellation' } )
			.click();
		await shellNotices( page )
			.getByText(
				'Your cancellation is undone: your membership renews as before.'
			)
			.waitFor();
		await notice.waitFor( { state: 'detached' } );
		await expect( fact( box, 'Next charge' ).textContent() ).resolves.toBe(
			'$99.00 on April 11, 2026'
		);

		// Replace card, while active.
		const method = page.locator( 'section.wu-payment-method' );
		await method.getByRole( 'button', { name: 'Replace card' } ).click();
		await method.getByLabel( 'Card number' ).fill( '4242 4242 4242 4242' );
		await method.getByRole( 'button', { name: 'Save card' } ).click();
		await shellNotices( page )
			.getByText( 'Your new card is saved; renewals are charged to it.' )
			.waitFor();
		await expect(
			method.locator( '.wu-payment-method__card' ).textContent()
		).resolves.toBe( 'Card ending in 4242' );
		expect( unexpectedErrors( browser.errors ) ).toEqual( [] );
	} );
} );
