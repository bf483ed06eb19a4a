import { billingNow } from '../../../server/src/services/billing-deps';
import { sendQueuedEmails } from '../../../server/src/services/send-queued-emails';
import {
	createSmtpMailer,
	startMailer,
	type Mailer,
} from '../../../server/src/jobs/mailer';
import { listEmails, makeEmails } from '../../support/emails';
import {
	startSmtpReceiver,
	type SmtpReceiver,
} from '../../support/smtp-receiver';
import {
	addCustomer,
	createTestApp,
	type TestApp,
} from '../../support/test-app';

const NOW = '2026-03-11T10:00:00Z';
const FROM = 'billing@network.test';

describe( 'sending e-mails through SMTP (WU_MAIL)', () => {
	let t: TestApp;
	let receiver: SmtpReceiver;
	let mailer: Mailer;
	let carla: { id: number };
	/** Real time as the mailer sees it, moved by the test (ms). */
	let realNow: number;
	const clock = () => realNow;

	const pay = ( id: number ) =>
		t.ctx.db.transaction( () =>
			t.ctx.events.append( {
				type: 'payment.completed',
				createdAt: billingNow( t.ctx ),
				objectType: 'payment',
				object: {
					id,
					customer_id: carla.id,
					status: 'completed',
					total: 2900,
					currency: 'USD',
					lines: [
						{
							description: 'Basic — 1 month',
							quantity: 1,
							amount: 2900,
						},
					],
					created_at: NOW,
					completed_at: NOW,
				},
				customerId: carla.id,
			} )
		)();

	beforeEach( async () => {
		t = createTestApp( NOW );
		carla = await addCustomer( t, 'carla' );
		receiver = await startSmtpReceiver();
		mailer = createSmtpMailer( receiver.url, FROM );
		realNow = Date.parse( '2026-12-01T12:00:00Z' );
	} );

	afterEach( async () => {
		mailer.close();
		await receiver.close();
	} );

	it( 'delivers the receipt to the SMTP server with its subject, text and HTML parts, and records it as sent', async () => {
		pay( 7 );
		makeEmails( t, { send: true } );
		expect( ( await listEmails( t ) )[ 0 ].status ).toBe( 'queued' );
		expect( await sendQueuedEmails( t.ctx, mailer.send, clock ) ).toEqual( {
			sent: 1,
			failed: 0,
		} );
		const mail = await receiver.next();
		expect( mail.from ).toBe( FROM );
		expect( mail.to ).toEqual( [ 'carla@example.test' ] );
		expect( mail.subject ).toBe( 'Your receipt for payment #7' );
		expect( mail.headers[ 'content-language' ] ).toBe( 'en-US' );
		expect( mail.text ).toContain(
			'Thank you for your payment of 29.00 USD on 11 Mar 2026.'
		);
		expect( mail.text ).toMatch( /Basic — 1 month\s+29\.00 USD/ );
		expect( mail.html ).toMatch( /^<!DOCTYPE html><html lang="en-US">/ );
		expect( mail.html ).toContain( 'Basic — 1 month</td>' );
		const [ email ] = await listEmails( t );
		expect( email ).toMatchObject( {
			status: 'sent',
			attempts: 1,
			sent_at: '2026-12-01T12:00:00.000Z',
			error: null,
		} );
		// Sent once: the next round finds nothing to send.
		expect( await sendQueuedEmails( t.ctx, mailer.send, clock ) ).toEqual( {
			sent: 0,
			failed: 0,
		} );
		expect( receiver.received ).toHaveLength( 1 );
	} );

	it( 'retries a refused e-mail after 1 and 5 minutes of real time, and gives up after 4 attempts', async () => {
		pay( 7 );
		pay( 8 );
		makeEmails( t, { send: true } );
		receiver.refuse( 2 );
		expect( await sendQueuedEmails( t.ctx, mailer.send, clock ) ).toEqual( {
			sent: 0,
			failed: 2,
		} );
		const waiting = await listEmails( t );
		expect( waiting.map( ( e ) => [ e.status, e.attempts ] ) ).toEqual( [
			[ 'queued', 1 ],
			[ 'queued', 1 ],
		] );
		expect( waiting[ 0 ].error ).toContain( 'Try again later' );
		realNow += 59_000;
		expect( await sendQueuedEmails( t.ctx, mailer.send, clock ) ).toEqual( {
			sent: 0,
			failed: 0,
		} );
		realNow += 1_000;
		receiver.refuse( 1 );
		expect( await sendQueuedEmails( t.ctx, mailer.send, clock ) ).toEqual( {
			sent: 1,
			failed: 1,
		} );
		expect( receiver.received.map( ( m ) => m.subject ) ).toEqual( [
			'Your receipt for payment #8',
		] );
		// The first one failed twice: next try 5 minutes later; refused twice more, it is failed for good.
		receiver.refuse( 2 );
		realNow += 5 * 60_000;
		await sendQueuedEmails( t.ctx, mailer.send, clock );
		realNow += 30 * 60_000;
		await sendQueuedEmails( t.ctx, mailer.send, clock );
		const [ , first ] = await listEmails( t );
		expect( first ).toMatchObject( {
			status: 'failed',
			attempts: 4,
			sent_at: null,
		} );
		realNow += 24 * 3600_000;
		expect( await sendQueuedEmails( t.ctx, mailer.send, clock ) ).toEqual( {
			sent: 0,
			failed: 0,
		} );
	} );

	it( 'never sends a kept e-mail (no WU_MAIL), and an unreachable server only fails the attempt', async () => {
		pay( 7 );
		makeEmails( t );
		expect( await sendQueuedEmails( t.ctx, mailer.send, clock ) ).toEqual( {
			sent: 0,
			failed: 0,
		} );
		pay( 8 );
		makeEmails( t, { send: true } );
		const down = createSmtpMailer( 'smtp://127.0.0.1:1', FROM );
		expect( await sendQueuedEmails( t.ctx, down.send, clock ) ).toEqual( {
			sent: 0,
			failed: 1,
		} );
		down.close();
		expect( ( await listEmails( t ) ).map( ( e ) => e.status ) ).toEqual( [
			'queued',
			'kept',
		] );
		expect( receiver.received ).toHaveLength( 0 );
	} );

	it( 'runs on its own loop: a burst of 45 goes out in one round at start, a later e-mail on the next round', async () => {
		for ( let id = 1; id <= 45; id++ ) {
			pay( id );
		}
		makeEmails( t, { send: true } );
		const hourly = startMailer( t.ctx, mailer, () => undefined, 3600_000 );
		try {
			for ( let n = 0; n < 45; n++ ) {
				await receiver.next();
			}
		} finally {
			hourly();
		}
		expect( receiver.received.map( ( m ) => m.subject ) ).toEqual(
			Array.from(
				{ length: 45 },
				( _, i ) => `Your receipt for payment #${ i + 1 }`
			)
		);
		mailer = createSmtpMailer( receiver.url, FROM );
		const often = startMailer( t.ctx, mailer, () => undefined, 20 );
		try {
			pay( 46 );
			makeEmails( t, { send: true } );
			expect( ( await receiver.next() ).subject ).toBe(
				'Your receipt for payment #46'
			);
		} finally {
			often();
		}
		mailer = createSmtpMailer( receiver.url, FROM );
	} );
} );
