import nodemailer from 'nodemailer';
import type { BillingDeps } from '../services/billing-deps';
import {
	sendQueuedEmails,
	type SendEmail,
} from '../services/send-queued-emails';

/** How often the mailer looks for queued e-mails, on real time (whatever the test clock says). */
const EVERY_MS = 5_000;

/** E-mails claimed at a time. */
const BATCH = 20;

/** An SMTP sender over `WU_MAIL` (`smtp://host:port`, `smtps://user:pass@host:465` …). */
export interface Mailer {
	send: SendEmail;
	close: () => void;
}

/** The nodemailer transport of `url`, sending from `from`; an answer within 30 s or the attempt fails. */
export function createSmtpMailer( url: string, from: string ): Mailer {
	const transport = nodemailer.createTransport( {
		url,
		// One connection kept open for a burst (a period end's receipts) instead of one per e-mail.
		pool: true,
		maxConnections: 1,
		connectionTimeout: 10_000,
		greetingTimeout: 10_000,
		socketTimeout: 30_000,
	} );
	return {
		send: async ( email ) => {
			await transport.sendMail( {
				from,
				to: email.to,
				subject: email.subject,
				text: email.text,
				html: email.html,
				headers: {
					'Content-Language': email.locale.replace( '_', '-' ),
				},
			} );
		},
		close: () => transport.close(),
	};
}

/**
 * Sends queued e-mails now and every `everyMs` of real time through `mailer`, until none is due (one
 * round at a time; a round that fails is logged and the next one tries again). Returns the
 * function that stops it.
 */
export function startMailer(
	deps: Pick< BillingDeps, 'db' | 'emails' >,
	mailer: Mailer,
	log: ( message: string ) => void,
	everyMs = EVERY_MS,
	now: () => number = Date.now
): () => void {
	let running = false;
	const round = async () => {
		if ( running ) {
			return;
		}
		running = true;
		try {
			let failed = 0;
			// Batch after batch until fewer than a full batch were due: a burst goes out in one round.
			for ( let handled = BATCH; handled === BATCH; ) {
				const batch = await sendQueuedEmails(
					deps,
					mailer.send,
					now,
					BATCH
				);
				handled = batch.sent + batch.failed;
				failed += batch.failed;
			}
			if ( failed > 0 ) {
				log(
					`mailer: ${ failed } e-mail(s) could not be sent; retrying later`
				);
			}
		} catch ( error ) {
			log(
				`mailer failed: ${ error instanceof Error ? error.stack : String( error ) }`
			);
		} finally {
			running = false;
		}
	};
	const timer = setInterval( () => void round(), everyMs );
	timer.unref();
	void round();
	return () => {
		clearInterval( timer );
		mailer.close();
	};
}
