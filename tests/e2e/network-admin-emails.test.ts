import { drainEvents } from '../../server/src/services/consume-events';
import {
	emailConsumer,
	emailLinks,
} from '../../server/src/services/email-consumer';
import {
	asAdmin,
	fact,
	freshDemoPerTest,
	logIn,
	screenshot,
	unexpectedErrors,
	ADMIN_PASSWORD,
} from '../support/e2e';

jest.setTimeout( 90000 );

type Json = Record< string, any >;

// Issue 15: the network admin reads the e-mails kept without WU_MAIL on the Sent e-mails screen,
// with the keyboard: the menu, the list, one e-mail's text part and its HTML part in a sandboxed frame.
describe( 'the network admin reads the sent e-mails', () => {
	const demo = freshDemoPerTest();

	it( 'lists a receipt and opens it: text as written, HTML in a sandboxed frame that runs no script', async () => {
		const { server, browser } = demo();
		const { page } = browser;
		const customer = (
			await asAdmin< Json[] >( server, 'GET', '/customers?per_page=1' )
		)[ 0 ];
		server.ctx.db.transaction( () =>
			server.ctx.events.append( {
				type: 'payment.completed',
				createdAt: '2026-03-11T10:00:00Z',
				objectType: 'payment',
				object: {
					id: 9001,
					customer_id: customer.id,
					status: 'completed',
					total: 4900,
					currency: 'USD',
					lines: [
						{
							description:
								'Site Setup <img src=x onerror="document.title=\'owned\'">',
							quantity: 1,
							amount: 4900,
						},
					],
					created_at: '2026-03-11T10:00:00Z',
					completed_at: '2026-03-11T10:00:00Z',
				},
				customerId: customer.id,
			} )
		)();
		drainEvents(
			server.ctx,
			emailConsumer( server.ctx, {
				locale: 'en_US',
				send: false,
				links: emailLinks( server.url ),
			} )
		);

		await logIn( page, server.url, 'admin', ADMIN_PASSWORD );
		const menuLink = page
			.locator( '#adminmenu' )
			.getByRole( 'link', { name: 'Sent e-mails' } );
		await menuLink.focus();
		await page.keyboard.press( 'Enter' );
		await page.getByRole( 'heading', { name: 'Sent e-mails' } ).waitFor();
		const subject = page.getByRole( 'link', {
			name: 'Your receipt for payment #9001',
		} );
		await subject.waitFor();
		const row = page.getByRole( 'row', { name: /payment #9001/ } );
		await row.getByText( 'Kept (not sent)' ).waitFor();
		await row.getByRole( 'link', { name: customer.email } ).waitFor();
		await row.getByText( 'Receipt', { exact: true } ).waitFor();
		await screenshot( page, 'network-admin-emails' );

		await subject.focus();
		await page.keyboard.press( 'Enter' );
		await page
			.getByRole( 'heading', { name: 'Your receipt for payment #9001' } )
			.waitFor();
		const summary = page.getByRole( 'region', { name: 'Summary' } );
		expect( await fact( summary, 'To' ).textContent() ).toBe(
			customer.email
		);
		expect( await fact( summary, 'About' ).textContent() ).toBe(
			'Receipt'
		);
		const text = page.getByRole( 'region', { name: 'Text' } );
		await text
			.getByText(
				/Thank you for your payment of 49\.00 USD on 11 Mar 2026/
			)
			.waitFor();
		await text.getByText( /Total\s+49\.00 USD/ ).waitFor();

		const frame = page.frameLocator( 'iframe.wu-email-html' );
		await frame
			.getByRole( 'cell', { name: '49.00 USD' } )
			.first()
			.waitFor();
		await frame
			.getByText(
				'Site Setup <img src=x onerror="document.title=\'owned\'">'
			)
			.waitFor();
		expect( await frame.locator( 'img' ).count() ).toBe( 0 );
		expect(
			await page
				.locator( 'iframe.wu-email-html' )
				.getAttribute( 'sandbox' )
		).toBe( '' );
		expect(
			await page
				.getByTitle( 'HTML part of “Your receipt for payment #9001”' )
				.count()
		).toBe( 1 );
		expect( await page.title() ).not.toContain( 'owned' );
		await screenshot( page, 'network-admin-email' );

		await page.getByRole( 'link', { name: '← All e-mails' } ).focus();
		await page.keyboard.press( 'Enter' );
		await subject.waitFor();
		expect( unexpectedErrors( browser.errors ) ).toEqual( [] );
	} );
} );
