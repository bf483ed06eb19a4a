import type { Locale } from '../i18n';

/** What an e-mail to a customer is about (docs/emails.md shows each template). */
export const EMAIL_KINDS = [
	'receipt',
	'plan_changed',
	'downgrade_scheduled',
	'renewal_failed',
	'membership_cancelled',
] as const;

export type EmailKind = ( typeof EMAIL_KINDS )[ number ];

/**
 * `kept`: stored for the admin to read, never sent (no WU_MAIL); `queued`: waiting for the
 * mailer; `sent`: the SMTP server accepted it; `failed`: every attempt failed.
 */
export const EMAIL_STATUSES = [ 'kept', 'queued', 'sent', 'failed' ] as const;

export type EmailStatus = ( typeof EMAIL_STATUSES )[ number ];

/** A rendered e-mail: its subject, the plain-text part and the HTML part (a whole document). */
export interface RenderedEmail {
	subject: string;
	text: string;
	html: string;
}

/** An e-mail to a customer, made from one event of the outbox. */
export interface Email extends RenderedEmail {
	id: number;
	customerId: number;
	eventId: number;
	kind: EmailKind;
	locale: Locale;
	to: string;
	/** The instant of the event it tells about (the billing clock's). */
	createdAt: string;
	status: EmailStatus;
	/** Sending attempts so far. */
	attempts: number;
	/** Real time of the next attempt of a queued e-mail. */
	nextAttemptAt: string | null;
	/** Real time the SMTP server accepted it. */
	sentAt: string | null;
	/** The last attempt's failure. */
	error: string | null;
}

/** What the consumer stores (`error`: why it could not be written); the id and the sending state come from the table. */
export type NewEmail = Omit<
	Email,
	'id' | 'attempts' | 'nextAttemptAt' | 'sentAt' | 'error'
> & { error?: string };

/** Minutes of real time before each retry of a failed sending: 3 retries, 4 attempts in all. */
export const EMAIL_RETRY_MINUTES = [ 1, 5, 30 ] as const;

/** The real-time instant (ms) of the next attempt after `attempts` failed ones, or null: give up. */
export function nextEmailAttemptMs(
	attempts: number,
	nowMs: number
): number | null {
	const minutes = EMAIL_RETRY_MINUTES[ attempts - 1 ];
	return minutes === undefined ? null : nowMs + minutes * 60_000;
}
