import request from 'supertest';
import type { Locale } from '../../server/src/i18n';
import { drainEvents } from '../../server/src/services/consume-events';
import {
	emailConsumer,
	emailLinks,
} from '../../server/src/services/email-consumer';
import { API, type TestApp } from './test-app';

/** The base URL the e-mails' links start with in tests (WU_PUBLIC_URL). */
export const PUBLIC_URL = 'http://network.test';

/**
 * Runs the 'emails' consumer over the events so far, as the relay does every half second in
 * main.ts: with `send`, e-mails are queued for the mailer (WU_MAIL set), else kept.
 */
export function makeEmails(
	t: TestApp,
	options: { send?: boolean; locale?: Locale } = {}
): number {
	return drainEvents(
		t.ctx,
		emailConsumer( t.ctx, {
			locale: options.locale ?? 'en_US',
			send: options.send ?? false,
			links: emailLinks( PUBLIC_URL ),
		} )
	);
}

/** GET /emails as the admin (newest first), with optional query parameters. */
export async function listEmails(
	t: TestApp,
	query: Record< string, string | number > = {}
): Promise< Record< string, any >[] > {
	const res = await request( t.app )
		.get( `${ API }/emails` )
		.query( query )
		.set( 'Authorization', t.admin )
		.expect( 200 );
	return res.body;
}
