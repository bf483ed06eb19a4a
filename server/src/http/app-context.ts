import type { AdminPage, Asset } from '../../../plugin/types';
import type { Locale } from '../i18n';
import type { BillingDeps } from '../services/billing-deps';
import { systemClock, type Clock } from '../services/clock';
import {
	MemoryLoginThrottle,
	type LoginThrottle,
} from '../services/login-throttle';
import type { QuotePricer } from '../services/quote-pricer';
import { BasicAuthCache } from './basic-auth-cache';

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

/** Everything a request handler may use: the use cases' dependencies and the HTTP layer's own objects. */
export interface AppContext extends BillingDeps {
	/** Real time for sessions and caches, never moved by the test clock. */
	wallClock: Clock;
	config: AppConfig;
	basicAuthCache: BasicAuthCache;
	/** Failed logins per account and per client address (API.md "Accounts and the edge"). */
	loginThrottle: LoginThrottle;
	menu: AdminPage[];
	scripts: Asset[];
	styles: Asset[];
	capabilities: Record< string, string[] >;
	log: ( message: string ) => void;
	/** Quote workers (decision 38), when the database is a file; quotes are priced in-process otherwise. */
	quoteWorkers?: QuotePricer;
}

export interface HttpOptions {
	config?: Partial< AppConfig >;
	log?: ( message: string ) => void;
	loginThrottle?: LoginThrottle;
}

/** The handlers' context over the use cases' dependencies: the HTTP layer builds its own objects. */
export function createAppContext(
	deps: BillingDeps,
	options: HttpOptions = {}
): AppContext {
	return {
		...deps,
		wallClock: systemClock,
		config: {
			testClock: false,
			demo: false,
			buildDir: 'build',
			locale: 'en_US',
			...options.config,
		},
		basicAuthCache: new BasicAuthCache(),
		loginThrottle: options.loginThrottle ?? new MemoryLoginThrottle(),
		menu: [],
		scripts: [],
		styles: [],
		capabilities: {},
		log:
			options.log ??
			( ( message ) => process.stderr.write( `${ message }\n` ) ),
	};
}
