import {
	asAdmin,
	freshDemoPerTest,
	logIn,
	shellNotices,
	ADMIN_PASSWORD,
} from '../support/e2e';

jest.setTimeout( 90000 );

type Json = Record< string, any >;

// RULES R5 and M6 from the network admin's side, in Debian Chromium on a fresh demo network:
// Petra's membership holds a period end with a six-digit year (as the code before migration 0004
// could write); the renewal run records it and renews everyone else; the admin finds it on the
// dashboard and repairs it on its page, and it renews again.
describe( 'the network admin repairs a membership whose renewal could not be processed', () => {
	const demo = freshDemoPerTest();

	it( 'R5: dashboard notice → membership page → Repair → the next run renews it', async () => {
		const { server, browser } = demo();
		const { page } = browser;
		const petra = (
			await asAdmin< Json[] >( server, 'GET', '/customers?search=petra' )
		).find( ( c ) => c.username === 'petra' ) as Json;
		const membership = (
			await asAdmin< Json[] >(
				server,
				'GET',
				`/memberships?customer=${ petra.id }`
			)
		)[ 0 ];
		const db = server.ctx.db;
		const guard = (
			db
				.prepare(
					"SELECT sql FROM sqlite_master WHERE name = 'memberships_instants_update'"
				)
				.get() as { sql: string }
		 ).sql;
		db.exec( 'DROP TRIGGER memberships_instants_update' );
		db.prepare(
			'UPDATE memberships SET period_end_at = ? WHERE id = ?'
		).run( '+012026-04-11T10:00:00.000Z', membership.id );
		db.exec( guard );

		const run = await asAdmin< Json >( server, 'PUT', '/clock', {
			now: '2026-04-12T00:00:00Z',
		} );
		expect(
			run.processed
				.filter( ( p: Json ) => p.result === 'error' )
				.map( ( p: Json ) => p.membership_id )
		).toEqual( [ membership.id ] );
		expect(
			run.processed.some(
				( p: Json ) =>
					p.membership_id !== membership.id && p.result !== 'error'
			)
		).toBe( true );

		await logIn( page, server.url, 'admin', ADMIN_PASSWORD );
		const attention = page.locator( '.wu-renewals-attention' );
		await attention
			.getByText(
				'1 renewal could not be processed and is skipped until the membership is repaired:'
			)
			.waitFor();
		await attention
			.getByRole( 'link', { name: `Membership #${ membership.id }` } )
			.click();
		await page
			.getByRole( 'heading', { name: `Membership #${ membership.id }` } )
			.waitFor();
		await page
			.locator( '.wu-renewal-error' )
			.getByText( /outside the years 1000–9999/ )
			.waitFor();

		const repair = page.getByRole( 'region', { name: 'Repair' } );
		await repair
			.getByText(
				'The stored period end, +012026-04-11T10:00:00.000Z, is not a valid date: enter one.'
			)
			.waitFor();
		await repair.getByLabel( 'Period end' ).fill( '2026-05-11T10:00' );
		await repair
			.getByRole( 'button', { name: 'Save repair' } )
			.press( 'Enter' );
		await shellNotices( page )
			.getByText( 'The membership was saved; renewals take it up again.' )
			.waitFor();
		await page
			.locator( '.wu-renewal-error' )
			.waitFor( { state: 'detached' } );
		expect(
			await asAdmin< Json >(
				server,
				'GET',
				`/memberships/${ membership.id }`
			)
		).toMatchObject( {
			period_end: '2026-05-11T10:00:00Z',
			renewal_error: null,
			version: membership.version + 1,
		} );

		const next = await asAdmin< Json >( server, 'PUT', '/clock', {
			now: '2026-05-11T10:00:00Z',
		} );
		expect(
			next.processed.find(
				( p: Json ) => p.membership_id === membership.id
			)
		).toMatchObject( { at: '2026-05-11T10:00:00Z' } );
		expect(
			next.processed.find(
				( p: Json ) => p.membership_id === membership.id
			).result
		).not.toBe( 'error' );
		expect( browser.errors ).toEqual( [] );
	} );
} );
