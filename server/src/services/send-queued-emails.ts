import { nextEmailAttemptMs, type Email } from '../domain/email';
import type { BillingDeps } from './billing-deps';

/** Hands one e-mail to the SMTP server; resolves once it accepted it, rejects with why not. */
export type SendEmail = ( email: Email ) => Promise< void >;

/** How long a claimed e-mail is this sender's before another instance may take it (real time). */
const LEASE_MS = 5 * 60_000;

/** Real time as stored in the sending columns: always with milliseconds, so strings sort as instants. */
function stamp( ms: number ): string {
	return new Date( ms ).toISOString();
}

/**
 * Sends the queued e-mails due now (real time, `now` in ms), oldest first, at most `limit`: each
 * is claimed for a lease in one statement (two instances never send one twice), handed to
 * `send`, and recorded as sent, or as failed and retried after 1, 5 and 30 minutes before it is
 * given up (`failed`). Answers how many were sent and how many attempts failed.
 */
export async function sendQueuedEmails(
	deps: Pick< BillingDeps, 'db' | 'emails' >,
	send: SendEmail,
	now: () => number = Date.now,
	limit = 20
): Promise< { sent: number; failed: number } > {
	const start = now();
	const claimed = deps.db.transaction( () =>
		deps.emails.claimDue( stamp( start ), stamp( start + LEASE_MS ), limit )
	)();
	let sent = 0;
	let failed = 0;
	for ( const email of claimed ) {
		try {
			await send( email );
			deps.emails.markSent( email.id, stamp( now() ) );
			sent++;
		} catch ( error ) {
			const retryAt = nextEmailAttemptMs( email.attempts + 1, now() );
			deps.emails.markAttemptFailed(
				email.id,
				error instanceof Error ? error.message : String( error ),
				retryAt === null ? null : stamp( retryAt )
			);
			failed++;
		}
	}
	return { sent, failed };
}
