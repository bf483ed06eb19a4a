import type { EventType } from './event';
import { toInstant } from './instant';

/** A registered endpoint (API.md "Events, webhooks and e-mails"). */
export interface Webhook {
	id: number;
	url: string;
	/** The event types it receives, or `['*']` for all. */
	events: EventType[] | [ '*' ];
	active: boolean;
	/** The HMAC key of its signatures; shown to the admin once, at creation. */
	secret: string;
	/** It receives the events with a greater id (those after its registration). */
	afterEventId: number;
	createdAt: string;
	updatedAt: string;
}

export type DeliveryStatus = 'pending' | 'succeeded' | 'failed';

/** One attempt to send one event to one endpoint; instants are real time (UTC, whole seconds). */
export interface WebhookDelivery {
	id: number;
	webhookId: number;
	eventId: number;
	eventType: EventType;
	/** 1 for the first try, + 1 for each retry or resend. */
	attempt: number;
	/** Retries before this attempt since the first try or the admin's resend (the schedule's position). */
	retry: number;
	status: DeliveryStatus;
	/** The endpoint's HTTP status; null before the answer, or when none came (timeout, refused). */
	responseCode: number | null;
	/** Why it failed without an answer (timeout, connection refused); null otherwise. */
	error: string | null;
	nextAttemptAt: string;
	/** When it was made (its creation while pending). */
	at: string;
}

/**
 * Delays before the retries of a failed delivery, in milliseconds of real time: about 10 s,
 * 1 min, 5 min, 30 min and 2 h (API.md). Six attempts in all; then it is given up.
 */
export const WEBHOOK_RETRY_DELAYS_MS = [
	10_000, 60_000, 300_000, 1_800_000, 7_200_000,
];

/** When to try again after a failed attempt that was retry number `retry` (0: the first try) made at `nowMs`; null: give up. */
export function nextDeliveryAt( retry: number, nowMs: number ): string | null {
	const delay = WEBHOOK_RETRY_DELAYS_MS[ retry ];
	return delay === undefined ? null : deliveryInstant( nowMs + delay );
}

/** A real-time instant as deliveries store it: ISO UTC in whole seconds, so that text order is time order. */
export function deliveryInstant( ms: number ): string {
	return toInstant( Math.floor( ms / 1000 ) * 1000 );
}

/** Whether `webhook` receives an event of `type` with id `eventId`. */
export function isWebhookFor(
	webhook: Webhook,
	type: EventType,
	eventId: number
): boolean {
	return (
		webhook.active &&
		eventId > webhook.afterEventId &&
		( webhook.events[ 0 ] === '*' ||
			( webhook.events as EventType[] ).includes( type ) )
	);
}

/** A 2xx answer is a success (API.md). */
export function isDeliverySuccess( responseCode: number | null ): boolean {
	return responseCode !== null && responseCode >= 200 && responseCode < 300;
}

/** Whether `url` may be registered: an absolute http(s) URL (loopback too: only the network admin registers them). */
export function isWebhookUrl( url: string ): boolean {
	try {
		const parsed = new URL( url );
		return (
			( parsed.protocol === 'http:' || parsed.protocol === 'https:' ) &&
			parsed.hostname !== ''
		);
	} catch {
		return false;
	}
}
