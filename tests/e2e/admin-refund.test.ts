import {
	asAdmin,
	freshDemoPerTest,
	logIn,
	restAs,
	ADMIN_PASSWORD,
	screenshot,
	shellNotices,
	unexpectedErrors,
} from '../support/e2e';

// RULES X3 from the network admin's side, in Debian Chromium on a fresh demo network: Petra buys
// Unlimited Visits by card (10.00 for the whole month just begun); the admin refunds part of it
// to the card from the payment screen, then the rest to her wallet.

jest.setTimeout( 90000 );

const PASSWORD = 'demo-customer';

describe( 'the admin refunds a payment from the payment screen', () => {
	const demo = freshDemoPerTest();

	it( 'X3: a partial refund to the card, then the rest to the wallet; status, total and the list of refunds', async () => {
		const { server, browser } = demo();
		const { page } = browser;
		const [ membership ] = await restAs< { id: number }[] >(
			server,
			'petra',
			PASSWORD,
			'GET',
			'/memberships'
		);
		const products = await restAs< { id: number; name: string }[] >(
			server,
			'petra',
			PASSWORD,
			'GET',
			'/products'
		);
		const visits = products.find( ( p ) => p.name === 'Unlimited Visits' );
		const quote = await restAs< { id: string; due_now: number } >(
			server,
			'petra',
			PASSWORD,
			'POST',
			`/memberships/${ membership.id }/quote`,
			{ addons: [ { product_id: visits!.id, quantity: 1 } ] }
		);
		expect( quote.due_now ).toBe( 1000 );
		const paid = await restAs< { payment: { id: number } } >(
			server,
			'petra',
			PASSWORD,
			'POST',
			`/memberships/${ membership.id }/checkout`,
			{
				quote_id: quote.id,
				payment_method: {
					type: 'test_card',
					number: '4242424242424242',
				},
			}
		);
		const paymentId = paid.payment.id;

		await logIn( page, server.url, 'admin', ADMIN_PASSWORD );
		await page.goto(
			`${ server.url }/wp-admin/network/payments/${ paymentId }`
		);
		const refunds = page.locator( 'section', {
			has: page.getByRole( 'heading', { name: 'Refunds' } ),
		} );
		await expect(
			refunds.getByText( 'Refunded: $0.00. Left: $10.00.' ).isVisible()
		).resolves.toBe( true );
		await refunds.getByRole( 'button', { name: 'Refund' } ).click();
		const dialog = page.getByRole( 'dialog', { name: 'Refund' } );
		// The amount defaults to what is left.
		await expect(
			dialog.getByLabel( 'Amount' ).inputValue()
		).resolves.toBe( '10.00' );
		await dialog.getByLabel( 'Amount' ).fill( '4.00' );
		await dialog.getByLabel( 'The card it was paid with' ).check();
		await dialog.getByLabel( 'Reason' ).fill( 'Slow first week' );
		await dialog.getByRole( 'button', { name: 'Refund' } ).click();
		await shellNotices( page )
			.getByText( '$4.00 was refunded to the card.' )
			.waitFor();
		await refunds.getByText( 'Refunded: $4.00. Left: $6.00.' ).waitFor();
		await expect(
			page.locator( '.wu-status' ).first().textContent()
		).resolves.toBe( 'Partially refunded' );
		const row = refunds.locator( 'tbody tr' ).first();
		await expect( row.textContent() ).resolves.toContain(
			'Slow first week'
		);
		await expect( row.textContent() ).resolves.toContain( 'Card' );

		// A refund beyond what is left is refused in the dialog; the rest goes to the wallet.
		await refunds.getByRole( 'button', { name: 'Refund' } ).click();
		await dialog.getByLabel( 'Amount' ).fill( '6.01' );
		await dialog.getByRole( 'button', { name: 'Refund' } ).click();
		await dialog
			.getByText( 'Enter an amount more than 0 and at most $6.00.' )
			.waitFor();
		await dialog.getByLabel( 'Amount' ).fill( '6.00' );
		await dialog.getByLabel( "The customer's wallet" ).check();
		await dialog.getByRole( 'button', { name: 'Refund' } ).click();
		await shellNotices( page )
			.getByText( '$6.00 was credited to the wallet.' )
			.waitFor();
		await refunds.getByText( 'Refunded: $10.00. Left: $0.00.' ).waitFor();
		await expect(
			page.locator( '.wu-status' ).first().textContent()
		).resolves.toBe( 'Refunded' );
		await expect(
			refunds.getByRole( 'button', { name: 'Refund' } ).count()
		).resolves.toBe( 0 );
		await screenshot( page, 'admin-refund' );

		const payment = await asAdmin< {
			status: string;
			refunded_total: number;
			customer_id: number;
		} >( server, 'GET', `/payments/${ paymentId }` );
		expect( payment ).toMatchObject( {
			status: 'refunded',
			refunded_total: 1000,
		} );
		const customer = await asAdmin< { wallet_balance: number } >(
			server,
			'GET',
			`/customers/${ payment.customer_id }`
		);
		expect( customer.wallet_balance ).toBe( 600 );
		expect( unexpectedErrors( browser.errors ) ).toEqual( [] );
	} );
} );
