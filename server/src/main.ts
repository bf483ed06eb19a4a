import path from 'node:path';
import { createContext, parseTrustProxy } from './compose';
import { startCheckpointer } from './db/checkpointer';
import { migrate, openDatabase } from './db/connection';
import { seedAtStart } from './seed/demo';
import { createApp } from './http/app';
import { isLocale, LOCALES } from './i18n';
import { startEventRelay } from './jobs/event-relay';
import { createSmtpMailer, startMailer } from './jobs/mailer';
import { backfillReportHistory } from './services/record-membership-state';
import { scheduleRenewals } from './jobs/renewal-schedule';
import { startWebhookDispatcher } from './jobs/webhook-dispatcher';
import { systemClock, TestClock } from './services/clock';
import { emailConsumer, emailLinks } from './services/email-consumer';
import { webhookFanout } from './services/webhook-fanout';
import { defaultQuoteWorkers, startQuotePool } from './workers/quote-pool';

/** Wiring only: environment → database → composition root → app → listen. */
function main() {
	const port = Number( process.env.PORT ?? 8080 );
	const dbFile = process.env.WU_DB ?? 'data/waas.sqlite';
	const seed = process.env.WU_SEED ?? 'demo';
	const testClock = process.env.WU_TEST_CLOCK === '1';
	const locale = process.env.WU_LOCALE ?? 'en_US';
	if ( ! isLocale( locale ) ) {
		process.stderr.write(
			`WU_LOCALE must be one of ${ LOCALES.join( ', ' ) }, not ${ locale }.\n`
		);
		process.exit( 1 );
	}

	const db = openDatabase( dbFile );
	migrate( db );
	if ( dbFile !== ':memory:' ) {
		startCheckpointer( dbFile );
	}
	const clock = testClock ? new TestClock( systemClock.now() ) : systemClock;
	const ctx = createContext( {
		db,
		clock,
		config: {
			testClock,
			demo: seed === 'demo',
			buildDir: path.resolve( __dirname, '../../build' ),
			trustProxy: parseTrustProxy( process.env.WU_TRUST_PROXY ),
			locale,
		},
	} );
	// Decision 38: quotes are priced by worker threads with their own read connections.
	if ( dbFile !== ':memory:' && process.env.WU_QUOTE_WORKERS !== '0' ) {
		ctx.quoteWorkers = startQuotePool(
			dbFile,
			process.env.WU_QUOTE_WORKERS
				? Number( process.env.WU_QUOTE_WORKERS )
				: defaultQuoteWorkers()
		);
	}
	const { logins, adminPasswordState } = seedAtStart(
		ctx,
		seed,
		process.env.WU_ADMIN_PASSWORD
	);
	ctx.config.adminPassword = adminPasswordState;
	// Decision 63: memberships stored before the reports kept history start theirs at creation.
	const backfilled = backfillReportHistory( ctx );
	if ( backfilled > 0 ) {
		ctx.log( `Reports: history started for ${ backfilled } memberships.` );
	}
	const app = createApp( ctx );
	// Renewals (RULES R1–R5) fall due with real time; the test clock runs them on PUT /clock instead.
	const stopRenewals = testClock
		? () => undefined
		: scheduleRenewals( ctx, locale, ctx.log );
	// RULES B2: the outbox's consumers (webhook fan-out, e-mails) read new events on real time.
	// Issue 15: e-mails to customers; with WU_MAIL sent through SMTP, without it kept for GET /emails.
	const mailUrl = process.env.WU_MAIL || undefined;
	const stopRelay = startEventRelay(
		ctx,
		[
			webhookFanout( ctx ),
			emailConsumer( ctx, {
				locale,
				send: mailUrl !== undefined,
				links: emailLinks(
					process.env.WU_PUBLIC_URL ?? `http://localhost:${ port }`
				),
			} ),
		],
		ctx.log
	);
	// Issue 15: due webhook deliveries go out on real time, never from a request.
	const stopDispatcher = startWebhookDispatcher( ctx, ctx.log );
	const stopMailer = mailUrl
		? startMailer(
				ctx,
				createSmtpMailer(
					mailUrl,
					process.env.WU_MAIL_FROM ?? 'network@localhost'
				),
				ctx.log
			)
		: () => undefined;
	const server = app.listen( port, () => {
		const url = `http://localhost:${ port }/wp-login.php`;
		process.stdout.write( `Ultimate Multisite plan changes: ${ url }\n` );
		process.stdout.write(
			`Database: ${ dbFile }${ testClock ? ' (test clock on)' : '' }\n`
		);
		if ( logins && 'admin' in logins ) {
			process.stdout.write(
				`Network admin: admin / ${ logins.admin.password }\n`
			);
			for ( const customer of logins.customers ) {
				process.stdout.write(
					`Customer on ${ customer.plan }: ${ customer.username } / ${ customer.password }\n`
				);
			}
		} else if ( logins ) {
			process.stdout.write(
				`Network admin: ${ logins.username } / ${ logins.password }\n`
			);
		} else if ( adminPasswordState === 'reset' ) {
			process.stdout.write(
				'Existing network: the password of admin was reset to WU_ADMIN_PASSWORD.\n'
			);
		} else {
			process.stdout.write(
				`Existing network: log in with the accounts created before (demo customers use demo-customer); remove ${ dbFile } to seed a fresh one, or reset the admin's password with WU_ADMIN_PASSWORD=new-secret npm run serve.\n`
			);
		}
	} );
	const stop = () =>
		server.close( async () => {
			stopRenewals();
			stopRelay();
			stopMailer();
			await stopDispatcher();
			db.close();
			process.exit( 0 );
		} );
	process.on( 'SIGINT', stop );
	process.on( 'SIGTERM', stop );
}

main();
