import type { Db } from '../db/connection';
import type { CustomerRepository } from '../db/customer-repository';
import type { IdempotencyRepository } from '../db/idempotency-repository';
import type { MembershipRepository } from '../db/membership-repository';
import type { PaymentRepository } from '../db/payment-repository';
import type { ProductRepository } from '../db/product-repository';
import type { QuoteRepository } from '../db/quote-repository';
import type { SettingsRepository } from '../db/settings-repository';
import type { SiteRepository } from '../db/site-repository';
import type { QuoteInputs } from '../db/track-quote-inputs';
import type { UsageRepository } from '../db/usage-repository';
import type { UserRepository } from '../db/user-repository';
import type { WalletRepository } from '../db/wallet-repository';
import { parseInstant, toInstant } from '../domain/instant';
import type { Clock } from './clock';

/** What the billing use cases need: the database, its repositories and the billing clock. */
export interface BillingDeps {
	db: Db;
	clock: Clock;
	users: UserRepository;
	settings: SettingsRepository;
	products: ProductRepository;
	customers: CustomerRepository;
	memberships: MembershipRepository;
	payments: PaymentRepository;
	wallet: WalletRepository;
	quotes: QuoteRepository;
	idempotency: IdempotencyRepository;
	sites: SiteRepository;
	/** Limit overrides and metering (prepared once). */
	usage: UsageRepository;
	/** What each membership's quote reads, as versions (decision 38: whether a worker's quote still stands). */
	quoteInputs: QuoteInputs;
}

/** The billing clock's instant in the domain's form (no ".000"). */
export function billingNow( deps: Pick< BillingDeps, 'clock' > ): string {
	return toInstant( parseInstant( deps.clock.now() ) );
}
