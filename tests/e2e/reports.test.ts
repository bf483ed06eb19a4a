import {
	asAdmin,
	freshDemoPerTest,
	logIn,
	restAs,
	screenshot,
	unexpectedErrors,
	ADMIN_PASSWORD,
} from '../support/e2e';
import { DEMO_CUSTOMER_PASSWORD } from '../../server/src/seed/demo';

jest.setTimeout( 120000 );

type Json = Record< string, any >;

const usd = ( minor: number ) =>
	new Intl.NumberFormat( 'en-US', {
		style: 'currency',
		currency: 'USD',
	} ).format( minor / 100 );

// Issue 16 in Debian Chromium on the demo network: Frida upgrades to Premium, a month passes
// (Bjørn's and Petra's renewals), then the admin reads the dashboard's MRR tile and the Reports
// screen, whose charts (recharts, loaded with the screen) and tables show the API's figures, and
// opens an invoice from a payment's screen.
describe( 'the network admin’s Reports screen and invoices', () => {
	const demo = freshDemoPerTest();

	it( 'shows MRR, upgrades and revenue from the API in charts and tables, and opens an invoice', async () => {
		const { server, browser } = demo();
		const { page, context } = browser;
		const frida = (
			await restAs< Json[] >(
				server,
				'frida',
				DEMO_CUSTOMER_PASSWORD,
				'GET',
				'/memberships'
			)
		)[ 0 ];
		const plans = await asAdmin< Json[] >(
			server,
			'GET',
			'/products?type=plan'
		);
		const premium = plans.find( ( p ) => p.slug === 'premium' ) as Json;
		const quote = await restAs< Json >(
			server,
			'frida',
			DEMO_CUSTOMER_PASSWORD,
			'POST',
			`/memberships/${ frida.id }/quote`,
			{ plan_id: premium.id }
		);
		await restAs(
			server,
			'frida',
			DEMO_CUSTOMER_PASSWORD,
			'POST',
			`/memberships/${ frida.id }/checkout`,
			{
				quote_id: quote.id,
				payment_method: {
					type: 'test_card',
					number: '4242424242424242',
				},
			}
		);
		await asAdmin( server, 'PUT', '/clock', {
			now: '2026-04-12T00:00:00Z',
		} );

		const range = 'from=2026-03-01&to=2026-05-01&interval=month';
		const series = async ( metric: string ) =>
			(
				await asAdmin< Json >(
					server,
					'GET',
					`/reports/series?metric=${ metric }&${ range }`
				)
			).points.map( ( p: Json ) => p.value as number );
		const mrr = await series( 'mrr' );
		const upgrades = await series( 'upgrades' );
		const revenue = await series( 'revenue' );
		const now = await asAdmin< Json >( server, 'GET', '/reports/summary' );
		expect( upgrades ).toEqual( [ 1, 0 ] );
		expect( now.mrr ).toBeGreaterThan( 0 );

		await logIn( page, server.url, 'admin', ADMIN_PASSWORD );
		const tile = page.locator( '.wu-mrr-tile' );
		await tile.getByText( usd( now.mrr ), { exact: true } ).waitFor();
		// Everyone started on 11 March, before the last 30 days: no change since.
		await tile.getByText( `±${ usd( 0 ) } in the last 30 days` ).waitFor();

		await page
			.getByRole( 'navigation', { name: 'Main menu' } )
			.getByRole( 'link', { name: 'Reports' } )
			.click();
		await page
			.getByRole( 'heading', { level: 1, name: 'Reports' } )
			.waitFor();
		await page.getByLabel( 'From', { exact: true } ).fill( '2026-03-01' );
		await page.getByLabel( 'To', { exact: true } ).fill( '2026-04-30' );
		await page.getByLabel( 'Interval' ).selectOption( 'month' );

		const table = async ( title: string ) => {
			const section = page.getByRole( 'region', {
				name: title,
				exact: true,
			} );
			await section.locator( 'tbody tr' ).first().waitFor();
			return section
				.locator( 'table' )
				.evaluate( ( t ) =>
					Array.from( ( t as HTMLTableElement ).rows, ( row ) =>
						Array.from( row.cells, ( cell ) => cell.textContent )
					)
				);
		};
		await page
			.getByRole( 'region', { name: 'Revenue', exact: true } )
			.getByRole( 'rowheader', { name: 'April 2026' } )
			.waitFor();
		expect( await table( 'Monthly recurring revenue' ) ).toEqual( [
			[ 'Period', 'MRR at the start' ],
			[ 'March 2026', usd( mrr[ 0 ] ) ],
			[ 'April 2026', usd( mrr[ 1 ] ) ],
		] );
		expect( await table( 'Upgrades and downgrades' ) ).toEqual( [
			[ 'Period', 'Upgrades', 'Downgrades' ],
			[ 'March 2026', '1', '0' ],
			[ 'April 2026', '0', '0' ],
		] );
		expect( await table( 'Revenue' ) ).toEqual( [
			[ 'Period', 'Revenue' ],
			[ 'March 2026', usd( revenue[ 0 ] ) ],
			[ 'April 2026', usd( revenue[ 1 ] ) ],
		] );
		// The charts are drawn (recharts' chunk loaded on this screen only).
		await page.locator( '.wu-report .recharts-wrapper' ).nth( 5 ).waitFor();
		expect(
			await page.locator( '.wu-report .recharts-wrapper' ).count()
		).toBe( 6 );
		await screenshot( page, 'reports' );

		const payments = await asAdmin< Json[] >(
			server,
			'GET',
			`/payments?membership=${ frida.id }`
		);
		const paid = payments.find( ( p ) => p.kind === 'change' ) as Json;
		await page.goto(
			`${ server.url }/wp-admin/network/payments/${ paid.id }`
		);
		const opened = context.waitForEvent( 'page' );
		await page
			.getByRole( 'link', {
				name: `Invoice ${ paid.invoice_number } (opens in a new tab)`,
			} )
			.click();
		const invoice = await opened;
		await invoice.waitForLoadState();
		await invoice
			.getByRole( 'heading', {
				name: `Invoice ${ paid.invoice_number }`,
			} )
			.waitFor();
		expect( await invoice.locator( 'body' ).innerText() ).toContain(
			'Frida'
		);
		await invoice.close();
		expect( unexpectedErrors( browser.errors ) ).toEqual( [] );
	} );
} );
