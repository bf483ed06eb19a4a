import type { Page } from 'playwright-core';
import {
	ADMIN_PASSWORD,
	asAdmin,
	fact,
	freshDemoPerTest,
	restAs,
	screenshot,
	unexpectedErrors,
} from '../support/e2e';

// Issue 14: the seed's walk in Norwegian (bokmål), in Debian Chromium with a Norwegian browser:
// the login page follows Accept-Language, the customer chooses Norsk bokmål on Profil, then
// Konto → Ditt medlemskap → Endre → a plan → the summary → pay; the owner's Opp- og
// nedgraderinger tab; and back to English.

jest.setTimeout( 120000 );

const PASSWORD = 'demo-customer';
const SUCCESS_CARD = '4242424242424242';

const main = ( page: Page ) => page.locator( '#wpbody-content' );
const menu = ( page: Page ) =>
	page.getByRole( 'navigation', { name: 'Hovedmeny' } );
const summary = ( page: Page ) => page.locator( '.wu-checkout__summary' );
const membershipBox = ( page: Page ) =>
	page.locator( 'section', {
		has: page.getByRole( 'heading', { name: 'Ditt medlemskap' } ),
	} );
/** Intl writes a no-break space (or a narrow one) between an amount and its currency. */
const text = async ( locator: ReturnType< Page[ 'locator' ] > ) =>
	( ( await locator.textContent() ) ?? '' ).replace( /[\u00a0\u202f]/g, ' ' );

/** English words the screens would show if a string were left untranslated (names of products and people are data). */
const ENGLISH =
	/\b(the|your|you|and|of|on|with|month|months|year|years|Due|Next|Change|Account|Membership|Credit|Cancel|Dashboard|Log|Save|Language|Profile|Products|Customers|Payments|Pricing|General|Limits)\b/;

/**
 * Untranslated words on the page, each with its context. The demo's seeded payment (the oldest
 * row of Billing history) keeps the lines it was recorded with, in English: a payment's lines
 * are fixed when it is made, in the language of the one who made it.
 */
async function englishWords( page: Page ): Promise< string[] > {
	const shown = await page.evaluate( () => {
		const body = document.body.cloneNode( true ) as HTMLElement;
		body.querySelector(
			'.wu-billing-history tbody tr:last-child'
		)?.remove();
		document.body.after( body );
		const visible = body.innerText;
		body.remove();
		return visible;
	} );
	return [ ...shown.matchAll( new RegExp( ENGLISH, 'g' ) ) ].map( ( m ) =>
		shown.slice( Math.max( 0, m.index - 40 ), m.index + 20 )
	);
}

async function logInNorwegian(
	page: Page,
	url: string,
	username: string,
	password: string
) {
	await page.goto( `${ url }/wp-login.php` );
	await expect( page.locator( 'html' ).getAttribute( 'lang' ) ).resolves.toBe(
		'nb-NO'
	);
	await page.getByRole( 'button', { name: 'Logg inn' } ).waitFor();
	expect( await englishWords( page ) ).toEqual( [] );
	await page.getByLabel( 'Brukernavn eller e-postadresse' ).fill( username );
	await page.getByLabel( 'Passord' ).fill( password );
	await page.getByRole( 'button', { name: 'Logg inn' } ).click();
	await page.waitForSelector( '#adminmenu' );
}

/** What a Norwegian owner writes about their products (product texts are the owner's data, not the plugin's strings). */
const DESCRIPTIONS: Record< string, string > = {
	free: 'Et lite nettsted å starte med.',
	basic: 'For noen få nettsteder i vekst.',
	premium: 'Alt, for travle nettverk.',
	'unlimited-visits': 'Ingen grense for besøk per måned.',
	'extra-disk': '10 GB ekstra diskplass per enhet.',
	'site-setup': 'Vi setter opp nettstedet ditt for deg, én gang.',
};

describe( 'the product in Norwegian', () => {
	const demo = freshDemoPerTest();

	it( 'a customer chooses Norsk bokmål and does the seed’s walk in it, then goes back to English', async () => {
		const { server, browser } = demo();
		const { page } = browser;
		await browser.context.setExtraHTTPHeaders( {
			'Accept-Language': 'nb-NO,nb;q=0.9,en;q=0.5',
		} );
		await asAdmin( server, 'PUT', '/clock', {
			now: '2026-03-21T10:00:00Z',
		} );
		for ( const product of await asAdmin< { id: number; slug: string }[] >(
			server,
			'GET',
			'/products?per_page=100'
		) ) {
			await asAdmin( server, 'PUT', `/products/${ product.id }`, {
				description: DESCRIPTIONS[ product.slug ],
			} );
		}
		await logInNorwegian( page, server.url, 'petra', PASSWORD );

		// Petra has chosen no language yet: her screens are the network's (English) whatever the browser says.
		await expect(
			page.locator( 'html' ).getAttribute( 'lang' )
		).resolves.toBe( 'en-US' );
		await page
			.getByRole( 'navigation', { name: 'Main menu' } )
			.getByRole( 'link', { name: 'Profile' } )
			.click();
		await page.getByLabel( 'Language' ).selectOption( 'nb_NO' );
		await page.getByRole( 'button', { name: 'Save Changes' } ).click();
		await page
			.getByRole( 'heading', { level: 1, name: 'Profil' } )
			.waitFor();
		await expect(
			page.locator( 'html' ).getAttribute( 'lang' )
		).resolves.toBe( 'nb-NO' );
		await expect(
			menu( page ).getByRole( 'link' ).allTextContents()
		).resolves.toEqual( [ 'Kontrollpanel', 'Konto', 'Profil' ] );

		// Konto → Ditt medlemskap → Endre.
		await menu( page ).getByRole( 'link', { name: 'Konto' } ).click();
		await membershipBox( page ).waitFor();
		await expect(
			fact( membershipBox( page ), 'Plan' ).textContent()
		).resolves.toBe( 'Premium' );
		await expect(
			text( fact( membershipBox( page ), 'Inneværende periode' ) )
		).resolves.toBe( '11. mars 2026 – 11. april 2026' );
		expect( await englishWords( page ) ).toEqual( [] );
		await membershipBox( page )
			.getByRole( 'button', { name: 'Endre', exact: true } )
			.click();
		await page.getByRole( 'heading', { name: 'Velg plan' } ).waitFor();

		// A plan (Premium yearly), then the summary: credit for the unused days, due now, the next billing date.
		await main( page ).getByRole( 'radio', { name: '1 år' } ).check();
		await summary( page )
			.locator(
				'.wu-order-summary:not(.is-loading) .wu-order-summary__due td'
			)
			.waitFor();
		await expect(
			text( summary( page ).locator( '.wu-order-summary__due td' ) )
		).resolves.toMatch( /^922,94 (US\$|USD)$/ );
		await expect(
			text( fact( summary( page ), 'Neste belastning' ) )
		).resolves.toMatch( /^990,00 (US\$|USD) den 21\. mars 2027$/ );
		const explanation = await text(
			summary( page ).locator( '.wu-order-summary__explanation' )
		);
		expect( explanation ).toMatch(
			/^Du betalte 99,00 (US\$|USD) for 11\. mars 2026 – 11\. april 2026; 21 av 31 dager er ubrukt, en kreditt på 67,06 (US\$|USD)\./
		);
		expect( await englishWords( page ) ).toEqual( [] );
		await screenshot( page, 'checkout.nb' );

		// Pay.
		await summary( page ).getByLabel( 'Kortnummer' ).fill( SUCCESS_CARD );
		await summary( page )
			.getByRole( 'button', { name: 'Fullfør betalingen' } )
			.click();
		await page.waitForURL(
			( url ) => url.pathname === '/wp-admin/account'
		);
		await page
			.locator( '.wu-notices' )
			.getByText( 'Takk! Betalingen er fullført' )
			.waitFor();
		await expect(
			text( fact( membershipBox( page ), 'Pris' ) )
		).resolves.toMatch( /^990,00 (US\$|USD) per år$/ );
		// The new payment's lines were recorded in Petra's language.
		const newest = await text(
			page.locator( '.wu-billing-history tbody tr' ).first()
		);
		expect( newest ).toContain( 'Premium – 1 år' );
		expect( newest ).toContain( 'Kreditt for 21 ubrukte dager av Premium' );
		expect( await englishWords( page ) ).toEqual( [] );
		await screenshot( page, 'account.nb' );

		// And back to English the same way.
		await menu( page ).getByRole( 'link', { name: 'Profil' } ).click();
		await page.getByLabel( 'Språk' ).selectOption( 'en_US' );
		await page.getByRole( 'button', { name: 'Lagre endringer' } ).click();
		await page
			.getByRole( 'heading', { level: 1, name: 'Profile' } )
			.waitFor();
		await expect(
			page.locator( 'html' ).getAttribute( 'lang' )
		).resolves.toBe( 'en-US' );
		await page
			.getByRole( 'navigation', { name: 'Main menu' } )
			.getByRole( 'link', { name: 'Account' } )
			.click();
		await expect(
			fact(
				page.locator( 'section', {
					has: page.getByRole( 'heading', {
						name: 'Your Membership',
					} ),
				} ),
				'Price'
			).textContent()
		).resolves.toBe( '$990.00 per year' );
		expect( unexpectedErrors( browser.errors ) ).toEqual( [] );
	} );

	it( 'the owner reads Network Admin in Norwegian, down to the Opp- og nedgraderinger tab', async () => {
		const { server, browser } = demo();
		const { page } = browser;
		await browser.context.setExtraHTTPHeaders( {
			'Accept-Language': 'nb',
		} );
		await restAs( server, 'admin', ADMIN_PASSWORD, 'PUT', '/users/me', {
			locale: 'nb_NO',
		} );
		await logInNorwegian( page, server.url, 'admin', ADMIN_PASSWORD );
		await expect(
			page
				.locator( '#wpadminbar' )
				.getByText( 'Nettverksadministrasjon' )
				.isVisible()
		).resolves.toBe( true );
		await menu( page ).getByRole( 'link', { name: 'Produkter' } ).click();
		await page
			.getByRole( 'region', { name: 'Produkter' } )
			.getByRole( 'link', { name: 'Premium', exact: true } )
			.click();
		await page
			.getByRole( 'heading', { name: 'Rediger Premium' } )
			.waitFor();
		await page
			.getByRole( 'tab', { name: 'Opp- og nedgraderinger' } )
			.click();
		await expect(
			page.getByLabel( 'Plangruppe' ).inputValue()
		).resolves.toBe( 'High End' );
		await expect(
			page.getByLabel( 'Produktrekkefølge' ).inputValue()
		).resolves.toBe( '3' );
		await expect(
			page.getByText( 'Tilby tilleggsprodukter' ).first().isVisible()
		).resolves.toBe( true );
		expect( await englishWords( page ) ).toEqual( [] );

		await menu( page ).getByRole( 'link', { name: 'Plangrupper' } ).click();
		await page
			.getByRole( 'heading', { level: 1, name: 'Plangrupper' } )
			.waitFor();
		expect( await englishWords( page ) ).toEqual( [] );
		expect( unexpectedErrors( browser.errors ) ).toEqual( [] );
	} );
} );
