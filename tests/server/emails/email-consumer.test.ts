import request from 'supertest';
import { announceMembership } from '../../../server/src/services/announce';
import { billingNow } from '../../../server/src/services/billing-deps';
import type { Membership } from '../../../server/src/domain/types';
import { listEmails, makeEmails, PUBLIC_URL } from '../../support/emails';
import {
	addMembership,
	createCatalogue,
	type Catalogue,
} from '../../support/http-catalogue';
import {
	addCustomer,
	API,
	createTestApp,
	type TestApp,
} from '../../support/test-app';

const NOW = '2026-03-11T10:00:00Z';

/** A completed payment as the outbox carries it (its wire form, API.md). */
function paymentObject(
	customerId: number,
	extra: Record< string, unknown > = {}
) {
	return {
		id: 41,
		customer_id: customerId,
		membership_id: null,
		status: 'completed',
		kind: 'change',
		total: 92294,
		currency: 'USD',
		gateway: 'test_card',
		quote_id: null,
		failure_message: null,
		lines: [
			{
				kind: 'plan',
				product_id: 1,
				description: 'Premium — 1 year',
				quantity: 1,
				unit_amount: 99000,
				amount: 99000,
			},
			{
				kind: 'proration_credit',
				product_id: null,
				description: 'Credit for 21 unused days of Premium',
				quantity: 1,
				unit_amount: -6706,
				amount: -6706,
			},
		],
		created_at: NOW,
		completed_at: NOW,
		...extra,
	};
}

describe( "the 'emails' consumer and GET /emails (issue 15)", () => {
	let t: TestApp;
	let carla: { id: number; user_id: number };

	const appendPayment = ( customerId: number, extra = {} ) =>
		t.ctx.db.transaction( () =>
			t.ctx.events.append( {
				type: 'payment.completed',
				createdAt: billingNow( t.ctx ),
				objectType: 'payment',
				object: paymentObject( customerId, extra ),
				customerId,
			} )
		)();

	beforeEach( async () => {
		t = createTestApp( NOW );
		carla = await addCustomer( t, 'carla' );
	} );

	it( 'makes a receipt of a completed payment, with its lines and total, listed by GET /emails', async () => {
		const event = appendPayment( carla.id );
		makeEmails( t );
		const res = await request( t.app )
			.get( `${ API }/emails` )
			.set( 'Authorization', t.admin )
			.expect( 200 );
		expect( res.headers[ 'x-wp-total' ] ).toBe( '1' );
		expect( res.headers[ 'x-wp-totalpages' ] ).toBe( '1' );
		expect( res.body ).toHaveLength( 1 );
		const email = res.body[ 0 ];
		expect( email ).toMatchObject( {
			to: 'carla@example.test',
			subject: 'Your receipt for payment #41',
			created_at: NOW,
			event_id: event.id,
			customer_id: carla.id,
			kind: 'receipt',
			status: 'kept',
		} );
		expect( email.text ).toContain(
			'Thank you for your payment of 922.94 USD on 11 Mar 2026.'
		);
		expect( email.text ).toMatch( /Premium — 1 year\s+990\.00 USD/ );
		expect( email.text ).toMatch(
			/Credit for 21 unused days of Premium\s+-67\.06 USD/
		);
		expect( email.text ).toMatch( /Total\s+922\.94 USD/ );
		expect( email.text ).toContain(
			`Your billing history: ${ PUBLIC_URL }/wp-admin/account`
		);
		expect( email.html ).toMatch( /^<!DOCTYPE html><html lang="en-US">/ );
		expect( email.html ).toContain( '<th style=' );
		expect( email.html ).toContain( '922.94 USD</td>' );
	} );

	it( 'links the invoice once the payment has an invoice number', async () => {
		appendPayment( carla.id, { invoice_number: 7 } );
		makeEmails( t );
		const [ email ] = await listEmails( t );
		expect( email.text ).toContain(
			`Your invoice: ${ PUBLIC_URL }/wp-json/wu/v2/payments/41/invoice`
		);
		expect( email.html ).toContain(
			`<a href="${ PUBLIC_URL }/wp-json/wu/v2/payments/41/invoice">Your invoice</a>`
		);
	} );

	it( 'writes money and dates as a nb_NO customer reads them, in an HTML document in Norwegian', async () => {
		await request( t.app )
			.put( `${ API }/users/me` )
			.set( 'Authorization', t.basic( 'carla' ) )
			.send( { locale: 'nb_NO' } )
			.expect( 200 );
		appendPayment( carla.id );
		makeEmails( t );
		const [ email ] = await listEmails( t );
		expect( email.locale ).toBe( 'nb_NO' );
		// Intl writes a no-break space between the amount and the currency in nb-NO.
		expect( email.text ).toMatch(
			/betalingen din på 922,94\sUSD den 11\. mars 2026/
		);
		expect( email.text ).toMatch(
			/Credit for 21 unused days of Premium\s+−67,06\sUSD/
		);
		expect( email.text ).toMatch( /Totalt\s+922,94\sUSD/ );
		expect( email.html ).toMatch( /^<!DOCTYPE html><html lang="nb-NO">/ );
	} );

	it( 'follows the network language for a customer who chose none', async () => {
		appendPayment( carla.id );
		makeEmails( t, { locale: 'nb_NO' } );
		const [ email ] = await listEmails( t );
		expect( email.locale ).toBe( 'nb_NO' );
		expect( email.text ).toMatch( /922,94\sUSD/ );
	} );

	it( 'escapes what customers and owners typed in the HTML part', async () => {
		await request( t.app )
			.put( `${ API }/customers/${ carla.id }` )
			.set( 'Authorization', t.admin )
			.send( { display_name: 'Carla <script>alert(1)</script> & Co' } )
			.expect( 200 );
		appendPayment( carla.id, {
			lines: [
				{
					kind: 'plan',
					product_id: 1,
					description: 'Premium "<b>Gold</b>"',
					quantity: 1,
					unit_amount: 92294,
					amount: 92294,
				},
			],
		} );
		makeEmails( t );
		const [ email ] = await listEmails( t );
		expect( email.html ).not.toContain( '<script>' );
		expect( email.html ).not.toContain( '<b>' );
		expect( email.html ).toContain(
			'Hello Carla &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co,'
		);
		expect( email.html ).toContain(
			'Premium &quot;&lt;b&gt;Gold&lt;/b&gt;&quot;'
		);
		expect( email.text ).toContain(
			'Hello Carla <script>alert(1)</script> & Co,'
		);
	} );

	it( 'sends nothing for a change that was rolled back, for catalogue events, or twice for one event', async () => {
		expect( () =>
			t.ctx.db.transaction( () => {
				t.ctx.events.append( {
					type: 'payment.completed',
					createdAt: NOW,
					objectType: 'payment',
					object: paymentObject( carla.id ),
					customerId: carla.id,
				} );
				throw new Error( 'the change failed after its event' );
			} )()
		).toThrow( 'the change failed' );
		await createCatalogue( t );
		makeEmails( t );
		expect( await listEmails( t ) ).toEqual( [] );
		expect(
			t.ctx.events.list( { order: 'asc', limit: 100, offset: 0 } ).total
		).toBeGreaterThan( 0 );
		appendPayment( carla.id );
		makeEmails( t );
		makeEmails( t );
		// The consumer's cursor moved past it; a second handling of the same event stores nothing either.
		t.ctx.events.advanceCursor( 'emails', 0 );
		makeEmails( t );
		expect( await listEmails( t ) ).toHaveLength( 1 );
	} );

	it( 'records an e-mail that could not be written as failed, and goes on with the next events', async () => {
		t.ctx.db.transaction( () =>
			t.ctx.events.append( {
				type: 'payment.completed',
				createdAt: NOW,
				objectType: 'payment',
				object: { id: 40, customer_id: carla.id },
				customerId: carla.id,
			} )
		)();
		const next = appendPayment( carla.id );
		makeEmails( t );
		const [ receipt, broken ] = await listEmails( t );
		expect( broken ).toMatchObject( {
			subject: `The e-mail about event #${ next.id - 1 } could not be written`,
			status: 'failed',
			text: '',
		} );
		expect( broken.error ).toEqual( expect.any( String ) );
		expect( receipt ).toMatchObject( {
			subject: 'Your receipt for payment #41',
			status: 'kept',
		} );
	} );

	it( 'lists newest first, filters by customer, pages with collection headers, and is the admin’s only', async () => {
		const dora = await addCustomer( t, 'dora' );
		appendPayment( carla.id );
		appendPayment( dora.id, { id: 42 } );
		appendPayment( carla.id, { id: 43 } );
		makeEmails( t );
		expect( ( await listEmails( t ) ).map( ( e ) => e.subject ) ).toEqual( [
			'Your receipt for payment #43',
			'Your receipt for payment #42',
			'Your receipt for payment #41',
		] );
		expect(
			( await listEmails( t, { customer: carla.id } ) ).map(
				( e ) => e.to
			)
		).toEqual( [ 'carla@example.test', 'carla@example.test' ] );
		const page = await request( t.app )
			.get( `${ API }/emails?per_page=2&page=2` )
			.set( 'Authorization', t.admin )
			.expect( 200 );
		expect( page.headers[ 'x-wp-totalpages' ] ).toBe( '2' );
		expect( page.headers.link ).toContain( 'rel="prev"' );
		expect(
			page.body.map( ( e: { subject: string } ) => e.subject )
		).toEqual( [ 'Your receipt for payment #41' ] );
		const refused = await request( t.app )
			.get( `${ API }/emails` )
			.set( 'Authorization', t.basic( 'carla' ) );
		expect( refused.status ).toBe( 403 );
		const bad = await request( t.app )
			.get( `${ API }/emails?customer=abc` )
			.set( 'Authorization', t.admin )
			.expect( 400 );
		expect( bad.body.code ).toBe( 'rest_invalid_param' );
	} );

	describe( 'membership e-mails', () => {
		let c: Catalogue;
		let membership: Membership;

		beforeEach( async () => {
			c = await createCatalogue( t );
			const created = await addMembership( t, {
				customer_id: carla.id,
				plan_id: c.premium,
				period_start: '2026-03-01T00:00:00Z',
			} );
			membership = t.ctx.memberships.find( created.id )!;
			// Only what follows is under test.
			makeEmails( t );
			t.ctx.db.prepare( 'DELETE FROM emails' ).run();
		} );

		const announce = (
			type: Parameters< typeof announceMembership >[ 1 ],
			m: Membership
		) =>
			t.ctx.db.transaction( () =>
				announceMembership( t.ctx, type, m )
			)();

		it( 'says a failed renewal, when the card is tried again, and links the Account page to pay now', async () => {
			t.ctx.memberships.setRetryState( membership.id, {
				failedAt: '2026-04-01T00:00:00Z',
				attempts: 1,
				nextRetryAt: '2026-04-02T00:00:00Z',
			} );
			announce( 'membership.renewal_failed', {
				...membership,
				status: 'on-hold',
			} );
			makeEmails( t );
			const [ email ] = await listEmails( t );
			expect( email.subject ).toBe( 'Your renewal failed — pay now' );
			expect( email.text ).toContain(
				'We could not charge 99.00 USD to renew your Premium membership.'
			);
			expect( email.text ).toContain(
				'We will try your card again on 2 Apr 2026.'
			);
			expect( email.text ).toContain(
				`Pay now: ${ PUBLIC_URL }/wp-admin/account`
			);
		} );

		it( 'says a membership was cancelled, on the day of the event', async () => {
			announce( 'membership.cancelled', {
				...membership,
				status: 'cancelled',
			} );
			makeEmails( t );
			const [ email ] = await listEmails( t );
			expect( email.subject ).toBe( 'Your membership was cancelled' );
			expect( email.text ).toContain(
				'Your Premium membership was cancelled on 11 Mar 2026.'
			);
		} );

		it( 'gives no e-mail for membership events that do not call for one', async () => {
			announce( 'membership.created', membership );
			announce( 'membership.renewed', membership );
			makeEmails( t );
			expect( await listEmails( t ) ).toEqual( [] );
		} );
	} );
} );

describe( 'GET /emails/{id}', () => {
	it( 'answers one e-mail to the admin only, and rest_not_found for an unknown id', async () => {
		const t = createTestApp( NOW );
		const carla = await addCustomer( t, 'carla' );
		t.ctx.db.transaction( () =>
			t.ctx.events.append( {
				type: 'payment.completed',
				createdAt: NOW,
				objectType: 'payment',
				object: paymentObject( carla.id ),
				customerId: carla.id,
			} )
		)();
		makeEmails( t );
		const [ listed ] = await listEmails( t );
		const one = await request( t.app )
			.get( `${ API }/emails/${ listed.id }` )
			.set( 'Authorization', t.admin )
			.expect( 200 );
		expect( one.body ).toEqual( listed );
		await request( t.app )
			.get( `${ API }/emails/${ listed.id }` )
			.set( 'Authorization', t.basic( 'carla' ) )
			.expect( 403 );
		const missing = await request( t.app )
			.get( `${ API }/emails/999` )
			.set( 'Authorization', t.admin )
			.expect( 404 );
		expect( missing.body ).toMatchObject( {
			code: 'rest_not_found',
			message: 'No e-mail was found with that id.',
			data: { status: 404 },
		} );
	} );
} );
