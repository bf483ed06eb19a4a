import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createContext } from '../../../server/src/compose';
import { migrate, openDatabase } from '../../../server/src/db/connection';
import { createApp } from '../../../server/src/http/app';
import { TestClock } from '../../../server/src/services/clock';
import { hashPasswordSync } from '../../../server/src/services/passwords';
import { startQuotePool } from '../../../server/src/workers/quote-pool';
import { addMembership, createCatalogue } from '../../support/http-catalogue';
import {
	addCustomer,
	API,
	cookieLogin,
	createTestApp,
	CUSTOMER_PASSWORD,
} from '../../support/test-app';

// Issue 14: each user's language on GET/PUT /users/me, the server's messages, explanations and
// pages in it, the network's default (WU_LOCALE), and the login page following Accept-Language.
const NOW = '2026-03-11T10:00:00Z';

describe( 'a user’s locale', () => {
	it( 'is the network’s until the user chooses one on PUT /users/me, and back with ""', async () => {
		const t = createTestApp( NOW );
		await addCustomer( t, 'nora' );
		const me = () =>
			request( t.app )
				.get( `${ API }/users/me` )
				.set( 'Authorization', t.basic( 'nora' ) );
		expect( ( await me().expect( 200 ) ).body.locale ).toBe( 'en_US' );
		const put = await request( t.app )
			.put( `${ API }/users/me` )
			.set( 'Authorization', t.basic( 'nora' ) )
			.send( { locale: 'nb_NO' } )
			.expect( 200 );
		expect( put.body ).toMatchObject( {
			username: 'nora',
			locale: 'nb_NO',
		} );
		expect( ( await me() ).body.locale ).toBe( 'nb_NO' );
		// The admin's own language is not the customer's.
		expect(
			(
				await request( t.app )
					.get( `${ API }/users/me` )
					.set( 'Authorization', t.admin )
			).body.locale
		).toBe( 'en_US' );
		await request( t.app )
			.put( `${ API }/users/me` )
			.set( 'Authorization', t.basic( 'nora' ) )
			.send( { locale: '' } )
			.expect( 200 );
		expect( ( await me() ).body.locale ).toBe( 'en_US' );
	} );

	it( 'refuses a locale that is not translated, saying so in the user’s language', async () => {
		const t = createTestApp( NOW );
		await addCustomer( t, 'nora' );
		const put = ( locale: unknown ) =>
			request( t.app )
				.put( `${ API }/users/me` )
				.set( 'Authorization', t.basic( 'nora' ) )
				.send( { locale } );
		const english = await put( 'fr_FR' ).expect( 400 );
		expect( english.body ).toMatchObject( {
			code: 'rest_invalid_param',
			message: 'Invalid parameter(s): locale',
			data: {
				status: 400,
				params: { locale: 'Language must be one of: en_US, nb_NO.' },
			},
		} );
		await put( 'nb_NO' ).expect( 200 );
		const norwegian = await put( 42 ).expect( 400 );
		expect( norwegian.body.message ).toBe( 'Ugyldige parametere: locale' );
		expect( norwegian.body.data.params.locale ).toBe(
			'Språk må være en av: en_US, nb_NO.'
		);
	} );

	it( 'gives a Norwegian user the server’s errors in Norwegian, and an English one in English', async () => {
		const t = createTestApp( NOW );
		await addCustomer( t, 'nora' );
		await addCustomer( t, 'emma' );
		await request( t.app )
			.put( `${ API }/users/me` )
			.set( 'Authorization', t.basic( 'nora' ) )
			.send( { locale: 'nb_NO' } )
			.expect( 200 );
		const missing = ( who: string ) =>
			request( t.app )
				.get( `${ API }/memberships/999` )
				.set( 'Authorization', t.basic( who ) )
				.expect( 404 );
		expect( ( await missing( 'nora' ) ).body.message ).toBe(
			'Fant ikke noe medlemskap med den ID-en.'
		);
		expect( ( await missing( 'emma' ) ).body.message ).toBe(
			'No membership was found with that id.'
		);
		// `?_locale=user`, which @wordpress/api-fetch adds to every request, changes nothing for a user.
		const withParam = await request( t.app )
			.get( `${ API }/memberships/999?_locale=user` )
			.set( 'Authorization', t.basic( 'nora' ) )
			.expect( 404 );
		expect( withParam.body.message ).toBe(
			'Fant ikke noe medlemskap med den ID-en.'
		);
		// Logged out, the browser's language decides.
		const anonymous = await request( t.app )
			.get( `${ API }/users/me` )
			.set( 'Accept-Language', 'nb-NO,nb;q=0.9,en;q=0.8' )
			.expect( 401 );
		expect( anonymous.body.message ).toBe( 'Du er ikke logget inn.' );
	} );

	it( 'follows WU_LOCALE for users who chose none', async () => {
		const db = openDatabase( ':memory:' );
		migrate( db );
		const ctx = createContext( {
			db,
			clock: new TestClock( NOW ),
			config: { locale: 'nb_NO' },
			log: () => undefined,
		} );
		ctx.users.insert( {
			username: 'admin',
			email: 'a@example.test',
			displayName: 'Admin',
			role: 'network_admin',
			passwordHash: hashPasswordSync( 'admin-pass' ),
			createdAt: NOW,
		} );
		const app = createApp( ctx );
		const admin = `Basic ${ Buffer.from( 'admin:admin-pass' ).toString( 'base64' ) }`;
		expect(
			(
				await request( app )
					.get( `${ API }/users/me` )
					.set( 'Authorization', admin )
			).body.locale
		).toBe( 'nb_NO' );
		expect(
			(
				await request( app )
					.get( `${ API }/products/999` )
					.set( 'Authorization', admin )
					.expect( 404 )
			).body.message
		).toBe( 'Fant ikke noe produkt med den ID-en.' );
		expect(
			( await request( app ).get( `${ API }/users/me` ).expect( 401 ) )
				.body.message
		).toBe( 'Du er ikke logget inn.' );
		expect(
			(
				await request( app )
					.get( `${ API }/users/me` )
					.set( 'Accept-Language', 'en-GB' )
					.expect( 401 )
			).body.message
		).toBe( 'You are not currently logged in.' );
	} );
} );

describe( 'quote explanations', () => {
	const dir = fs.mkdtempSync( path.join( os.tmpdir(), 'wu-locale-' ) );
	afterAll( () => fs.rmSync( dir, { recursive: true, force: true } ) );

	it( 'are in the requesting user’s language, with its money and dates, in the request thread and in a quote worker', async () => {
		const file = path.join( dir, 'network.sqlite' );
		const t = createTestApp( NOW, { file } );
		const c = await createCatalogue( t );
		const nora = await addCustomer( t, 'nora' );
		const membership = await addMembership( t, {
			customer_id: nora.id,
			plan_id: c.premium,
			period_start: '2026-03-01T00:00:00Z',
		} );
		const quote = ( locale: string ) =>
			request( t.app )
				.put( `${ API }/users/me` )
				.set( 'Authorization', t.basic( 'nora' ) )
				.send( { locale } )
				.expect( 200 )
				.then( () =>
					request( t.app )
						.post( `${ API }/memberships/${ membership.id }/quote` )
						.set( 'Authorization', t.basic( 'nora' ) )
						.send( { duration: 1, duration_unit: 'year' } )
						.expect( 200 )
				);
		const english = ( await quote( 'en_US' ) ).body.explanation;
		expect( english ).toContain(
			'You paid 99.00 USD for 1 Mar 2026 – 1 Apr 2026; 21 of 31 days are unused, a credit of 67.06 USD.'
		);
		// Intl puts a no-break space between the amount and the currency.
		const norwegian = ( await quote( 'nb_NO' ) ).body.explanation as string;
		expect( norwegian ).toContain( '99,00\u00a0USD' );
		expect( norwegian.replace( /\u00a0/g, ' ' ) ).toContain(
			'Du betalte 99,00 USD for 1. mars 2026 – 1. april 2026; 21 av 31 dager er ubrukt, en kreditt på 67,06 USD.'
		);
		expect( norwegian.replace( /\u00a0/g, ' ' ) ).toContain(
			'Å betale nå: 922,94 USD. Neste belastning: 990,00 USD den 11. mars 2027.'
		);
		expect( norwegian ).not.toMatch( /\b(You|credit|Next|charge|on)\b/ );

		const pool = startQuotePool( file, 1 );
		try {
			await pool.started();
			expect( pool.size() ).toBe( 1 );
			t.ctx.quoteWorkers = pool;
			expect( ( await quote( 'nb_NO' ) ).body.explanation ).toBe(
				norwegian
			);
			expect( ( await quote( 'en_US' ) ).body.explanation ).toBe(
				english
			);
			// A refusal made in the worker speaks the user's language too.
			await request( t.app )
				.put( `${ API }/users/me` )
				.set( 'Authorization', t.basic( 'nora' ) )
				.send( { locale: 'nb_NO' } )
				.expect( 200 );
			const refused = await request( t.app )
				.post( `${ API }/memberships/${ membership.id }/quote` )
				.set( 'Authorization', t.basic( 'nora' ) )
				.send( { plan_id: c.premium } )
				.expect( 422 );
			expect( refused.body.message ).toMatch(
				/^Ingenting ville endret seg: du har allerede Premium for 1 måned/
			);
		} finally {
			t.ctx.quoteWorkers = undefined;
			await pool.stop();
			t.ctx.db.close();
		}
	}, 60_000 );
} );

describe( 'renewals', () => {
	it( 'write each customer’s renewal payment in their own language, whoever moves the clock', async () => {
		const t = createTestApp( NOW );
		const c = await createCatalogue( t );
		for ( const [ username, locale ] of [
			[ 'nora', 'nb_NO' ],
			[ 'emma', 'en_US' ],
		] ) {
			const customer = await addCustomer( t, username );
			await request( t.app )
				.put( `${ API }/customers/${ customer.id }` )
				.set( 'Authorization', t.admin )
				.send( {
					payment_method: {
						type: 'test_card',
						number: '4242424242424242',
					},
				} )
				.expect( 200 );
			await request( t.app )
				.put( `${ API }/users/me` )
				.set( 'Authorization', t.basic( username ) )
				.send( { locale } )
				.expect( 200 );
			await addMembership( t, {
				customer_id: customer.id,
				plan_id: c.premium,
				period_start: '2026-03-01T00:00:00Z',
			} );
		}
		await request( t.app )
			.put( `${ API }/clock` )
			.set( 'Authorization', t.admin )
			.send( { now: '2026-04-01T00:00:01Z' } )
			.expect( 200 );
		const renewal = async ( username: string ) => {
			const payments = (
				await request( t.app )
					.get( `${ API }/payments` )
					.set( 'Authorization', t.basic( username ) )
					.expect( 200 )
			).body as {
				created_at: string;
				lines: { description: string }[];
			}[];
			return payments
				.find( ( p ) => p.created_at.startsWith( '2026-04-01' ) )!
				.lines.map( ( l ) => l.description );
		};
		expect( await renewal( 'nora' ) ).toEqual( [ 'Premium – 1 måned' ] );
		expect( await renewal( 'emma' ) ).toEqual( [ 'Premium — 1 month' ] );
	} );
} );

describe( 'pages', () => {
	const buildDir = fs.mkdtempSync( path.join( os.tmpdir(), 'wu-build-' ) );
	fs.writeFileSync( path.join( buildDir, 'index.js' ), '' );
	afterAll( () => fs.rmSync( buildDir, { recursive: true, force: true } ) );

	function pagesApp() {
		const db = openDatabase( ':memory:' );
		migrate( db );
		const ctx = createContext( {
			db,
			clock: new TestClock( NOW ),
			config: { buildDir },
			log: () => undefined,
		} );
		ctx.users.insert( {
			username: 'nora',
			email: 'n@example.test',
			displayName: 'Nora',
			role: 'customer',
			passwordHash: hashPasswordSync( CUSTOMER_PASSWORD ),
			createdAt: NOW,
		} );
		return { app: createApp( ctx ), ctx };
	}

	it( 'render the login page in the browser’s language: Norwegian for nb, no and nn, else the network’s', async () => {
		const { app } = pagesApp();
		const login = ( language?: string ) => {
			const call = request( app ).get( '/wp-login.php' );
			return (
				language ? call.set( 'Accept-Language', language ) : call
			).expect( 200 );
		};
		for ( const language of [
			'nb-NO,nb;q=0.9,en;q=0.8',
			'no',
			'nn-NO',
			'de-DE, nb;q=0.5',
		] ) {
			const page = await login( language );
			expect( page.text ).toMatch( /<html lang="nb-NO">/ );
			expect( page.text ).toContain( '<title>Logg inn</title>' );
			expect( page.text ).toMatch(
				/<script type="application\/json" id="wu-locale-data">\{[^<]*"Ditt medlemskap"/
			);
		}
		for ( const language of [
			undefined,
			'en-GB',
			'fr-FR',
			'en, nb;q=0.5',
			'nb;q=0',
		] ) {
			const page = await login( language );
			expect( page.text ).toMatch( /<html lang="en-US">/ );
			expect( page.text ).toContain( '<title>Log In</title>' );
			expect( page.text ).not.toContain( 'wu-locale-data' );
		}
	} );

	it( 'render a user’s screens in their own language whatever the browser asks for, without inline code for it', async () => {
		const { app, ctx } = pagesApp();
		const session = await cookieLogin(
			{ app, ctx } as never,
			'nora',
			CUSTOMER_PASSWORD
		);
		const account = () =>
			request( app )
				.get( '/wp-admin/account' )
				.set( 'Cookie', session.cookie )
				.set( 'Accept-Language', 'nb-NO' )
				.expect( 200 );
		expect( ( await account() ).text ).toMatch( /<html lang="en-US">/ );
		ctx.users.setLocale(
			ctx.users.findForLogin( 'nora' )!.user.id,
			'nb_NO'
		);
		const page = ( await account() ).text;
		expect( page ).toMatch( /<html lang="nb-NO">/ );
		expect( page ).toContain( '<title>Kontrollpanel</title>' );
		expect( page ).toContain( '"locale":"nb_NO"' );
		const block =
			/<script type="application\/json" id="wu-locale-data">([^<]*)<\/script>/.exec(
				page
			);
		expect( JSON.parse( block![ 1 ] ) ).toMatchObject( {
			'wu-plan-change': {
				'': {
					lang: 'nb_NO',
					'plural-forms': 'nplurals=2; plural=(n != 1);',
				},
				'Your Membership': [ 'Ditt medlemskap' ],
				'%d day': [ '%d dag', '%d dager' ],
			},
			// The strings of @wordpress/components (WordPress's default domain): a notice's Close button.
			default: { Close: [ 'Lukk' ] },
		} );
	} );
} );
