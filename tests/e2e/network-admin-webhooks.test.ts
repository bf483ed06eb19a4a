import { drainEvents } from '../../server/src/services/consume-events';
import { deliverDueWebhooks } from '../../server/src/services/deliver-webhooks';
import { webhookFanout } from '../../server/src/services/webhook-fanout';
import {
	ADMIN_PASSWORD,
	asAdmin,
	freshDemoPerTest,
	logIn,
	screenshot,
	unexpectedErrors,
	type RunningServer,
} from '../support/e2e';
import { startReceiver, verifySignature } from '../support/webhook-receiver';

jest.setTimeout( 90000 );

/** What main.ts's relay and dispatcher do on real time, run once by hand. */
async function relayAndDispatch( server: RunningServer ) {
	drainEvents( server.ctx, webhookFanout( server.ctx ) );
	await deliverDueWebhooks( server.ctx, {
		fetch,
		now: Date.now,
		claimer: 'e2e',
	} );
}

// Issue 15 from the network admin's side: add a webhook, keep its secret, watch a delivery, resend it.
describe( 'the Webhooks screen', () => {
	const demo = freshDemoPerTest();

	it( 'adds a webhook, shows its secret once, logs a signed delivery and resends it', async () => {
		const { server, browser } = demo();
		const { page } = browser;
		const receiver = await startReceiver();
		try {
			await logIn( page, server.url, 'admin', ADMIN_PASSWORD );
			await page
				.getByRole( 'navigation', { name: 'Main menu' } )
				.getByRole( 'link', { name: 'Webhooks' } )
				.click();
			await page.getByRole( 'button', { name: 'Add webhook' } ).click();
			const form = page.getByRole( 'form', { name: 'Add webhook' } );
			await form.getByLabel( 'URL' ).fill( receiver.url );
			await form.getByLabel( 'All events' ).uncheck();
			await form.getByLabel( 'product.created' ).check();
			await form.getByRole( 'button', { name: 'Add webhook' } ).click();
			const secretField = page.getByLabel( 'Signing secret' );
			await secretField.waitFor();
			const secret = await secretField.inputValue();
			expect( secret ).toMatch( /^whsec_[0-9a-f]{64}$/ );
			await screenshot( page, 'webhooks-secret' );

			await asAdmin( server, 'POST', '/products', {
				name: 'Webhook Plan',
				type: 'plan',
				amount: 1500,
			} );
			await relayAndDispatch( server );
			expect( receiver.received ).toHaveLength( 1 );
			const [ delivery ] = receiver.received;
			expect( JSON.parse( delivery.body ) ).toMatchObject( {
				type: 'product.created',
				data: { object: { name: 'Webhook Plan' } },
			} );
			expect(
				verifySignature(
					String( delivery.headers[ 'x-wu-signature' ] ),
					delivery.body,
					secret
				)
			).toBe( true );

			// Seen once: after reloading the page the secret is gone.
			await page.reload();
			await page.getByRole( 'link', { name: receiver.url } ).click();
			expect( await page.getByLabel( 'Signing secret' ).count() ).toBe(
				0
			);
			const row = page.getByRole( 'row', { name: /product\.created/ } );
			await row.waitFor();
			await expect( row.textContent() ).resolves.toMatch(
				/Succeeded.*200/
			);
			await row.getByRole( 'button', { name: /^Resend/ } ).click();
			await page
				.locator( '.wu-notices' )
				.getByText( 'product.created will be sent again shortly.' )
				.waitFor();
			await relayAndDispatch( server );
			expect( receiver.received ).toHaveLength( 2 );
			expect( receiver.received[ 1 ].body ).toBe( delivery.body );
			await page.getByRole( 'button', { name: 'Refresh' } ).click();
			await page
				.getByRole( 'row', {
					name: /product\.created.*\b2\b.*Succeeded/,
				} )
				.waitFor();
			await screenshot( page, 'webhooks-deliveries' );
			expect( unexpectedErrors( browser.errors ) ).toEqual( [] );
		} finally {
			await receiver.close();
		}
	} );
} );
