import { __, sprintf, withLocale, type Locale } from '../i18n';
import type { EmailKind, RenderedEmail } from '../domain/email';
import type { DomainEvent, EventType } from '../domain/event';
import type { BillingDeps } from './billing-deps';
import type { EventConsumer } from './consume-events';
import { renderDowngradeScheduled } from './emails/downgrade-scheduled';
import {
	currentHolding,
	overLimitWords,
	productName,
	receiptInput,
	scheduledHolding,
	type EmailLinks,
} from './emails/event-inputs';
import { renderMembershipCancelled } from './emails/membership-cancelled';
import { renderPlanChanged } from './emails/plan-changed';
import { renderReceipt } from './emails/receipt';
import { renderRenewalFailed } from './emails/renewal-failed';

export { emailLinks, type EmailLinks } from './emails/event-inputs';

export interface EmailConsumerOptions {
	/** The network's language (WU_LOCALE), for customers who chose none. */
	locale: Locale;
	/** True with WU_MAIL: e-mails are queued for the mailer; false: kept for GET /emails only. */
	send: boolean;
	links: EmailLinks;
}

/** Which e-mail each event type gives (issue 15); other types give none. */
const KIND_OF: Partial< Record< EventType, EmailKind > > = {
	'payment.completed': 'receipt',
	'membership.upgraded': 'plan_changed',
	'membership.downgraded': 'plan_changed',
	'membership.addons_changed': 'plan_changed',
	'membership.downgrade_scheduled': 'downgrade_scheduled',
	'membership.renewal_failed': 'renewal_failed',
	'membership.cancelled': 'membership_cancelled',
};

type Render = (
	deps: BillingDeps,
	event: DomainEvent,
	name: string,
	links: EmailLinks
) => RenderedEmail | null;

const RENDER: Record< EmailKind, Render > = {
	receipt: ( _deps, event, name, links ) =>
		renderReceipt( receiptInput( event.data.object, name, links ) ),
	plan_changed: ( deps, event, name, links ) => {
		const m = event.data.object;
		return renderPlanChanged( {
			name,
			change: event.type.slice( 'membership.'.length ) as
				'upgraded' | 'downgraded' | 'addons_changed',
			holding: currentHolding( deps, m ),
			renewsAt:
				m.auto_renew && typeof m.period_end === 'string'
					? m.period_end
					: null,
			accountUrl: links.account,
		} );
	},
	downgrade_scheduled: ( deps, event, name, links ) => {
		const scheduled = scheduledHolding( deps, event.data.object );
		return scheduled
			? renderDowngradeScheduled( {
					name,
					holding: scheduled.holding,
					effectiveAt: scheduled.effectiveAt,
					overLimits: overLimitWords(
						deps,
						event.objectId,
						scheduled.wire
					),
					accountUrl: links.account,
				} )
			: null;
	},
	renewal_failed: ( deps, event, name, links ) => {
		const m = event.data.object;
		return renderRenewalFailed( {
			name,
			plan: productName( deps, Number( m.plan_id ) ),
			amount: Number( m.amount ),
			currency: String( m.currency ),
			nextRetryAt:
				typeof m.next_retry_at === 'string' ? m.next_retry_at : null,
			accountUrl: links.account,
		} );
	},
	membership_cancelled: ( deps, event, name, links ) =>
		renderMembershipCancelled( {
			name,
			plan: productName( deps, Number( event.data.object.plan_id ) ),
			// When it ended (X1: its period end), else the event's instant.
			cancelledAt:
				typeof event.data.object.cancelled_at === 'string'
					? event.data.object.cancelled_at
					: event.createdAt,
			accountUrl: links.account,
		} ),
};

/**
 * The outbox consumer 'emails' (issue 15): turns each event about a customer into the e-mail it
 * calls for, rendered in the customer's language (their own, else the network's), stored in the
 * consumer's transaction, so a rolled-back change (no event) sends nothing and each event gives
 * its e-mail once. Catalogue events, and events of other types, give none.
 */
export function emailConsumer(
	deps: BillingDeps,
	options: EmailConsumerOptions
): EventConsumer {
	return {
		name: 'emails',
		handle: ( event ) => {
			const kind = KIND_OF[ event.type ];
			const customer =
				kind && event.customerId !== null
					? deps.customers.find( event.customerId )
					: null;
			if ( ! kind || ! customer || ! customer.email ) {
				return;
			}
			const locale =
				deps.users.localeOf( customer.userId ) ?? options.locale;
			const email = {
				customerId: customer.id,
				eventId: event.id,
				kind,
				locale,
				to: customer.email,
				createdAt: event.createdAt,
			};
			let rendered: RenderedEmail | null;
			try {
				rendered = withLocale( locale, () =>
					RENDER[ kind ](
						deps,
						event,
						customer.displayName || customer.username,
						options.links
					)
				);
			} catch ( error ) {
				// NOTE: an event no template can read is recorded as a failed e-mail instead of stopping
				// every later one (the consumer would retry it forever); pinned by "records an e-mail
				// that could not be written" in tests/server/emails/email-consumer.test.ts.
				deps.emails.insert( {
					...email,
					subject: sprintf(
						/* translators: %d: event id */
						__(
							'The e-mail about event #%d could not be written',
							'wu-plan-change'
						),
						event.id
					),
					text: '',
					html: '',
					status: 'failed',
					error:
						error instanceof Error
							? error.message
							: String( error ),
				} );
				return;
			}
			if ( rendered ) {
				deps.emails.insert( {
					...email,
					...rendered,
					status: options.send ? 'queued' : 'kept',
				} );
			}
		},
	};
}
