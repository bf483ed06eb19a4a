import type { Db } from './db/connection';
import { CustomerRepository } from './db/customer-repository';
import { IdempotencyRepository } from './db/idempotency-repository';
import { MembershipRepository } from './db/membership-repository';
import { PaymentRepository } from './db/payment-repository';
import { ProductRepository } from './db/product-repository';
import { QuoteRepository } from './db/quote-repository';
import { SettingsRepository } from './db/settings-repository';
import { SiteRepository } from './db/site-repository';
import { trackQuoteInputs } from './db/track-quote-inputs';
import { UsageRepository } from './db/usage-repository';
import { UserRepository } from './db/user-repository';
import { WalletRepository } from './db/wallet-repository';
import { BasicAuthCache } from './http/auth';
import { RestServer } from './http/rest-server';
import type { BillingDeps } from './services/billing-deps';
import type { Clock } from './services/clock';
import { systemClock } from './services/clock';
import {
	MemoryLoginThrottle,
	type LoginThrottle,
} from './services/login-throttle';
import type { AdminPage, Asset } from '../../plugin/types';
import type { Locale } from './i18n';
import type { QuotePool } from './workers/quote-pool';

export interface AppConfig {
	/** `WU_TEST_CLOCK=1`: the `/clock` route may move time. */
	testClock: boolean;
	/** Whether the demo network was seeded (the login screen shows the demo logins). */
	demo: boolean;
	/** The directory holding the built admin UI. */
	buildDir: string;
	/** `WU_TRUST_PROXY`: Express's `trust proxy` value; unset, no proxy header is believed. */
	trustProxy?: boolean | number | string;
	/** What this start did with the admin's password, for the login screen's note: printed (first start), reset (`WU_ADMIN_PASSWORD` at a later start) or unchanged. */
	adminPassword?: 'printed' | 'reset' | 'unchanged';
	/** `WU_LOCALE`: the network's language, of users who chose none and of visitors whose browser asks for none of ours. */
	locale: Locale;
}

/** `WU_TRUST_PROXY` as Express's `trust proxy` takes it: `true`/`false`, a hop count, or names/addresses. */
export function parseTrustProxy(
	value: string | undefined
): boolean | number | string | undefined {
	const text = value?.trim();
	if ( ! text ) {
		return undefined;
	}
	if ( text === 'true' || text === 'false' ) {
		return text === 'true';
	}
	return /^\d+$/.test( text ) ? Number( text ) : text;
}

/** Everything a request handler may use: the composition root's product. */
export interface AppContext extends BillingDeps {
	db: Db;
	/** The billing clock (RULES M3); a TestClock when `testClock` is on. */
	clock: Clock;
	/** Real time for sessions and caches, never moved by the test clock. */
	wallClock: Clock;
	config: AppConfig;
	users: UserRepository;
	basicAuthCache: BasicAuthCache;
	/** Failed logins per account and per client address (API.md "Accounts and the edge"). */
	loginThrottle: LoginThrottle;
	rest: RestServer;
	menu: AdminPage[];
	scripts: Asset[];
	styles: Asset[];
	capabilities: Record< string, string[] >;
	log: ( message: string ) => void;
	/** Quote workers (decision 38), when the database is a file; quotes are priced in-process otherwise. */
	quoteWorkers?: QuotePool;
}

export interface ContextOptions {
	db: Db;
	clock?: Clock;
	config?: Partial< AppConfig >;
	log?: ( message: string ) => void;
	loginThrottle?: LoginThrottle;
}

/** Builds the context over an opened, migrated database. */
export function createContext( options: ContextOptions ): AppContext {
	return {
		db: options.db,
		clock: options.clock ?? systemClock,
		wallClock: systemClock,
		config: {
			testClock: false,
			demo: false,
			buildDir: 'build',
			locale: 'en_US',
			...options.config,
		},
		users: new UserRepository( options.db ),
		settings: new SettingsRepository( options.db ),
		products: new ProductRepository( options.db ),
		customers: new CustomerRepository( options.db ),
		memberships: new MembershipRepository( options.db ),
		payments: new PaymentRepository( options.db ),
		wallet: new WalletRepository( options.db ),
		quotes: new QuoteRepository( options.db ),
		idempotency: new IdempotencyRepository( options.db ),
		// NOTE: visits are those of the billing clock's calendar month (UTC), RULES L1.
		sites: new SiteRepository( options.db, () =>
			new Date( Date.parse( ( options.clock ?? systemClock ).now() ) )
				.toISOString()
				.slice( 0, 7 )
		),
		usage: new UsageRepository( options.db ),
		quoteInputs: trackQuoteInputs( options.db ),
		basicAuthCache: new BasicAuthCache(),
		loginThrottle: options.loginThrottle ?? new MemoryLoginThrottle(),
		rest: new RestServer(),
		menu: [],
		scripts: [],
		styles: [],
		capabilities: {},
		log:
			options.log ??
			( ( message ) => process.stderr.write( `${ message }\n` ) ),
	};
}
