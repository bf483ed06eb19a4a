import type { Db } from './db/connection';
import { CustomerRepository } from './db/customer-repository';
import { IdempotencyRepository } from './db/idempotency-repository';
import { MembershipRepository } from './db/membership-repository';
import { PaymentRepository } from './db/payment-repository';
import { ProductRepository } from './db/product-repository';
import { QuoteRepository } from './db/quote-repository';
import { SettingsRepository } from './db/settings-repository';
import { SiteRepository } from './db/site-repository';
import { UsageRepository } from './db/usage-repository';
import { UserRepository } from './db/user-repository';
import { WalletRepository } from './db/wallet-repository';
import { BasicAuthCache } from './http/auth';
import { RestServer } from './http/rest-server';
import type { BillingDeps } from './services/billing-deps';
import type { Clock } from './services/clock';
import { systemClock } from './services/clock';
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
	/** `WU_LOCALE`: the network's language, of users who chose none and of visitors whose browser asks for none of ours. */
	locale: Locale;
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
}

/** Builds the context over an opened, migrated database. */
export function createContext( options: ContextOptions ): AppContext {
	return {
		db: options.db,
		clock: options.clock ?? systemClock,
		wallClock: systemClock,
		config: { testClock: false, demo: false, buildDir: 'build', locale: 'en_US', ...options.config },
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
		sites: new SiteRepository( options.db, () => new Date( Date.parse( ( options.clock ?? systemClock ).now() ) ).toISOString().slice( 0, 7 ) ),
		usage: new UsageRepository( options.db ),
		basicAuthCache: new BasicAuthCache(),
		rest: new RestServer(),
		menu: [],
		scripts: [],
		styles: [],
		capabilities: {},
		log: options.log ?? ( ( message ) => process.stderr.write( `${ message }\n` ) ),
	};
}
