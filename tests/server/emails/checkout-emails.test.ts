import request from 'supertest';
import { sendQueuedEmails } from '../../../server/src/services/send-queued-emails';
import { createSmtpMailer } from '../../../server/src/jobs/mailer';
import { listEmails, makeEmails, PUBLIC_URL } from '../../support/emails';
import {
	addMembership,
	createCatalogue,
	type Catalogue,
} from '../../support/http-catalogue';
import { startSmtpReceiver } from '../../support/smtp-receiver';
import {
	addCustomer,
	API,
	createTestApp,
	type TestApp,
} from '../../support/test-app';

const NOW = '2026-03-11T10:00:00Z';
const OK_CARD = { type: 'test_card', number: '4242424242424242' };
const DECLINED = { type: 'test_card', number: '4000000000000002' };
const SAVED_BUT_DECLINED = { type: 'test_card', number: '4000000000000341' };

/** Issue 15 end to end: a change through the REST API, its events, and the e-mails they make. */
describe( 'e-mails of checkouts and renewals', () => {
	let t: TestApp;
	let c: Catalogue;
	let carla: { id: number };
	let auth: string;
	let membership: Record< string, any >;

	beforeEach( async () => {
		t = createTestApp( NOW );
		c = await createCatalogue( t );
		carla = await addCustomer( t, 'carla' );
		auth = t.basic( 'carla' );
		membership = await addMembership( t, {
			customer_id: carla.id,
			plan_id: c.premium,
			period_start: '2026-03-01T00:00:00Z',
		} );
		// What the set-up announced (the membership's creation) is not under test.
		makeEmails( t );
		t.ctx.db.prepare( 'DELETE FROM emails' ).run();
	} );

	const quote = async ( body: Record< string, unknown > ) =>
		(
			await request( t.app )
				.post( `${ API }/memberships/${ membership.id }/quote` )
				.set( 'Authorization', auth )
				.send( body )
				.expect( 200 )
		).body;
	const checkout = ( body: Record< string, unknown > ) =>
		request( t.app )
			.post( `${ API }/memberships/${ membership.id }/checkout` )
			.set( 'Authorization', auth )
			.send( body );
	const payYearly = async () => {
		const q = await quote( { duration: 1, duration_unit: 'year' } );
		const res = await checkout( {
			quote_id: q.id,
			payment_method: OK_CARD,
		} ).expect( 200 );
		return { quote: q, payment: res.body.payment };
	};
	const setLocale = ( locale: string ) =>
		request( t.app )
			.put( `${ API }/users/me` )
			.set( 'Authorization', auth )
			.send( { locale } )
			.expect( 200 );

	it( 'a paid upgrade gives a receipt with the lines and total paid, then "your plan changed"', async () => {
		const { quote: q, payment } = await payYearly();
		makeEmails( t );
		const emails = await listEmails( t );
		expect( emails.map( ( e ) => e.kind ) ).toEqual( [
			'plan_changed',
			'receipt',
		] );
		const [ changed, receipt ] = emails;
		expect( receipt ).toMatchObject( {
			to: 'carla@example.test',
			subject: `Your receipt for payment #${ payment.id }`,
			created_at: NOW,
		} );
		expect( q.lines.length ).toBeGreaterThan( 1 );
		for ( const line of q.lines ) {
			expect( receipt.text ).toContain( line.description );
		}
		expect( q.due_now ).toBe( 92294 );
		expect( receipt.text ).toMatch( /Total\s+922\.94 USD/ );
		expect( receipt.html ).toContain( '922.94 USD</td></tr></tfoot>' );
		// The payment has its invoice number: the receipt links its invoice page.
		expect( payment.invoice_number ).toEqual( expect.any( Number ) );
		expect( receipt.text ).toContain(
			`Your invoice: ${ PUBLIC_URL }/wp-json/wu/v2/payments/${ payment.id }/invoice`
		);
		const invoice = await request( t.app )
			.get( `${ API }/payments/${ payment.id }/invoice` )
			.set( 'Authorization', auth )
			.expect( 200 );
		expect( invoice.headers[ 'content-type' ] ).toMatch( /^text\/html/ );
		expect( changed.subject ).toBe( 'Your plan changed: Premium' );
		expect( changed.text ).toContain(
			'Your membership was upgraded to Premium.'
		);
		expect( changed.text ).toContain( '- Plan: Premium — 1 year' );
		// A move to a longer period starts the new period now (RULES E4).
		expect( changed.text ).toContain(
			'It renews on 11 Mar 2027 for 990.00 USD.'
		);
		expect( changed.text ).toContain(
			`Your account: ${ PUBLIC_URL }/wp-admin/account`
		);
	} );

	it( 'a nb_NO customer’s receipt has the lines, amounts and dates in Norwegian', async () => {
		await setLocale( 'nb_NO' );
		const { quote: q } = await payYearly();
		makeEmails( t );
		const receipt = ( await listEmails( t ) ).find(
			( e ) => e.kind === 'receipt'
		)!;
		expect( receipt.locale ).toBe( 'nb_NO' );
		// The lines as the customer's quote wrote them: in Norwegian.
		expect( q.lines[ 0 ].description ).toBe( 'Premium – 1 år' );
		expect( receipt.text ).toMatch( /Premium – 1 år\s+990,00\sUSD/ );
		expect( receipt.text ).toMatch( /Totalt\s+922,94\sUSD/ );
		expect( receipt.text ).toContain( '11. mars 2026' );
		expect( receipt.html ).toMatch( /^<!DOCTYPE html><html lang="nb-NO">/ );
	} );

	// NOTE: needs the nb fragment of this branch (/work/briefs/nb/emails.po) merged into languages/
	// and `npm run i18n` run; until then the templates' own sentences fall back to English.
	it( 'a nb_NO customer’s receipt is written in Norwegian (the templates translated)', async () => {
		await setLocale( 'nb_NO' );
		const { payment } = await payYearly();
		makeEmails( t );
		const receipt = ( await listEmails( t ) ).find(
			( e ) => e.kind === 'receipt'
		)!;
		expect( receipt.subject ).toBe(
			`Kvittering for betaling #${ payment.id }`
		);
		expect( receipt.text ).toContain( 'Hei carla,' );
	} );

	it( 'with WU_MAIL, the receipt of a paid upgrade arrives at the SMTP server', async () => {
		const receiver = await startSmtpReceiver();
		const mailer = createSmtpMailer( receiver.url, 'billing@network.test' );
		try {
			const { payment } = await payYearly();
			makeEmails( t, { send: true } );
			await sendQueuedEmails( t.ctx, mailer.send );
			const subjects = receiver.received.map( ( m ) => m.subject );
			expect( subjects ).toEqual( [
				`Your receipt for payment #${ payment.id }`,
				'Your plan changed: Premium',
			] );
			const [ receipt ] = receiver.received;
			expect( receipt.to ).toEqual( [ 'carla@example.test' ] );
			expect( receipt.text ).toMatch( /Total\s+922\.94 USD/ );
			expect( receipt.html ).toContain( '922.94 USD</td></tr></tfoot>' );
			expect(
				( await listEmails( t ) ).map( ( e ) => e.status )
			).toEqual( [ 'sent', 'sent' ] );
		} finally {
			mailer.close();
			await receiver.close();
		}
	} );

	it( 'a declined card sends no receipt and no "plan changed"; a refused stale quote sends nothing', async () => {
		const q = await quote( { duration: 1, duration_unit: 'year' } );
		await checkout( { quote_id: q.id, payment_method: DECLINED } ).expect(
			402
		);
		await checkout( {
			quote_id: 'no-such-quote',
			payment_method: OK_CARD,
		} ).expect( 409 );
		makeEmails( t );
		expect( await listEmails( t ) ).toEqual( [] );
	} );

	it( 'a scheduled downgrade says its date and what to remove by then', async () => {
		const site = (
			await request( t.app )
				.post( `${ API }/sites` )
				.set( 'Authorization', t.admin )
				.send( {
					membership_id: membership.id,
					title: 'Studio',
					path: '/carla/',
					usage: {
						posts: { post: 140, page: 12 },
						disk_space: 500,
						users: 2,
						custom_domains: 1,
					},
				} )
				.expect( 201 )
		).body.id;
		const q = await quote( { plan_id: c.free } );
		await checkout( { quote_id: q.id } ).expect( 200 );
		makeEmails( t );
		const [ email ] = await listEmails( t );
		expect( email ).toMatchObject( {
			kind: 'downgrade_scheduled',
			subject: 'Your downgrade is scheduled for 1 Apr 2026',
		} );
		expect( email.text ).toContain(
			'Your membership moves to Free on 1 Apr 2026.'
		);
		expect( email.text ).toContain( '- Plan: Free — 1 month' );
		expect( email.text ).toContain(
			'Your sites use more than the new plan allows. Remove by 1 Apr 2026:'
		);
		expect( email.text ).toContain(
			'- 130 posts (140 used, the new limit is 10)'
		);
		expect( email.text ).toContain(
			'- 7 pages (12 used, the new limit is 5)'
		);
		expect( email.html ).toContain(
			'<li>130 posts (140 used, the new limit is 10)</li>'
		);
		expect( site ).toBeGreaterThan( 0 );
	} );

	it( 'a renewal that fails at the period end (test clock) says so, with Pay now', async () => {
		await request( t.app )
			.put( `${ API }/customers/${ carla.id }` )
			.set( 'Authorization', auth )
			.send( { payment_method: SAVED_BUT_DECLINED } )
			.expect( 200 );
		await request( t.app )
			.put( `${ API }/clock` )
			.set( 'Authorization', t.admin )
			.send( { now: '2026-04-01T00:00:00Z' } )
			.expect( 200 );
		makeEmails( t );
		const emails = await listEmails( t );
		expect( emails.map( ( e ) => e.kind ) ).toEqual( [ 'renewal_failed' ] );
		expect( emails[ 0 ] ).toMatchObject( {
			subject: 'Your renewal failed — pay now',
			created_at: '2026-04-01T00:00:00Z',
		} );
		expect( emails[ 0 ].text ).toContain(
			'We could not charge 99.00 USD to renew your Premium membership. It is on hold until the renewal is paid.'
		);
		expect( emails[ 0 ].text ).toContain(
			'We will try your card again on 2 Apr 2026.'
		);
		expect( emails[ 0 ].text ).toContain(
			`Pay now: ${ PUBLIC_URL }/wp-admin/account`
		);
	} );
} );
