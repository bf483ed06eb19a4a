import { inReadSnapshot, type Db } from '../db/connection';
import { AuditRepository } from '../db/audit-repository';
import { CustomerRepository } from '../db/customer-repository';
import { EmailRepository } from '../db/email-repository';
import { EventRepository } from '../db/event-repository';
import { IdempotencyRepository } from '../db/idempotency-repository';
import { MembershipRepository } from '../db/membership-repository';
import { PaymentRepository } from '../db/payment-repository';
import { ProductRepository } from '../db/product-repository';
import { QuoteRepository } from '../db/quote-repository';
import { RefundRepository } from '../db/refund-repository';
import { ReportRepository } from '../db/report-repository';
import { SettingsRepository } from '../db/settings-repository';
import { SiteRepository } from '../db/site-repository';
import { trackQuoteInputs, type QuoteInputs } from '../db/track-quote-inputs';
import { UsageRepository } from '../db/usage-repository';
import { UserRepository } from '../db/user-repository';
import { WalletRepository } from '../db/wallet-repository';
import { WebhookRepository } from '../db/webhook-repository';
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
	/** Refunds of payments (RULES X3). */
	refunds: RefundRepository;
	wallet: WalletRepository;
	/** The outbox (RULES B2): events appended in the transaction of each change. */
	events: EventRepository;
	/** E-mails to customers made from the events (issue 15), and their sending state. */
	emails: EmailRepository;
	/** Who changed what (issue 16), appended in the transaction of each change. */
	audit: AuditRepository;
	/** Webhook endpoints and their delivery log (issue 15). */
	webhooks: WebhookRepository;
	quotes: QuoteRepository;
	/** Membership states over time and the sums the reports read (RULES B1). */
	reports: ReportRepository;
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

/** The repositories over an opened, migrated database, with the billing clock. */
export function createBillingDeps( db: Db, clock: Clock ): BillingDeps {
	return {
		db,
		clock,
		users: new UserRepository( db ),
		settings: new SettingsRepository( db ),
		products: new ProductRepository( db ),
		customers: new CustomerRepository( db ),
		memberships: new MembershipRepository( db ),
		payments: new PaymentRepository( db ),
		refunds: new RefundRepository( db ),
		wallet: new WalletRepository( db ),
		events: new EventRepository( db ),
		emails: new EmailRepository( db ),
		audit: new AuditRepository( db ),
		webhooks: new WebhookRepository( db ),
		quotes: new QuoteRepository( db ),
		reports: new ReportRepository( db ),
		idempotency: new IdempotencyRepository( db ),
		// NOTE: visits are those of the billing clock's calendar month (UTC), RULES L1.
		sites: new SiteRepository( db, () =>
			new Date( Date.parse( clock.now() ) ).toISOString().slice( 0, 7 )
		),
		usage: new UsageRepository( db ),
		quoteInputs: trackQuoteInputs( db ),
	};
}

/**
 * Runs `read` in one read snapshot of the database (a write there is rolled back and fails):
 * what a read-only request or a quote sees is one consistent state.
 */
export function readSnapshot< T >(
	deps: Pick< BillingDeps, 'db' >,
	read: () => T
): T {
	return inReadSnapshot( deps.db, read );
}
