import { __, sprintf } from '@wordpress/i18n';
import type {
	Customer,
	Membership,
	Product,
	ScheduledChange,
} from '../../api/types';
import { recurringTotal } from '../../components/plan-card/pricing';
import { formatDate, formatMoney, formatPeriod } from '../../format';

/** A product's name from the catalogue, "Product #7" when unknown. */
export function nameOf(
	catalogue: Map< number, Product >,
	id: number
): string {
	return (
		catalogue.get( id )?.name ??
		/* translators: %d: a product id */
		sprintf( __( 'Product #%d', 'wu-plan-change' ), id )
	);
}

/** "Free, 1 month, with Extra Disk × 2" — the membership a scheduled change leads to. */
export function describeScheduled(
	change: ScheduledChange,
	catalogue: Map< number, Product >
): string {
	const plan = sprintf(
		/* translators: 1: a plan's name, 2: a period such as "1 month" */
		__( '%1$s (%2$s)', 'wu-plan-change' ),
		nameOf( catalogue, change.plan_id ),
		formatPeriod( change.duration, change.duration_unit )
	);
	if ( change.addons.length === 0 ) {
		/* translators: %s: a plan and period */
		return sprintf( __( '%s without add-ons', 'wu-plan-change' ), plan );
	}
	const addons = change.addons
		.map( ( a ) =>
			a.quantity > 1
				? `${ nameOf( catalogue, a.product_id ) } × ${ a.quantity }`
				: nameOf( catalogue, a.product_id )
		)
		.join( ', ' );
	/* translators: 1: a plan and period, 2: a list of add-ons */
	return sprintf( __( '%1$s with %2$s', 'wu-plan-change' ), plan, addons );
}

/** What renews after a scheduled change, minor units: the server's amount, else priced from the catalogue. */
function scheduledTotal(
	change: ScheduledChange,
	catalogue: Map< number, Product >
): number | null {
	return (
		change.amount ??
		recurringTotal(
			catalogue,
			change.plan_id,
			{ duration: change.duration, duration_unit: change.duration_unit },
			change.addons
		)
	);
}

/** The next charge in words (RULES Q1, R3, W2); with a scheduled change, the charge after it. */
export function nextChargeText(
	membership: Membership,
	customer: Customer | null,
	catalogue: Map< number, Product >
): string {
	if (
		membership.status === 'cancelled' ||
		membership.status === 'expired'
	) {
		return __( 'None: this membership has ended.', 'wu-plan-change' );
	}
	if ( ! membership.period_end && ! membership.trial_end ) {
		return __( 'None: this is a lifetime membership.', 'wu-plan-change' );
	}
	const change = membership.scheduled_change;
	const date =
		( membership.status === 'trialing' && membership.trial_end ) ||
		change?.effective_at ||
		membership.period_end;
	if ( ! membership.auto_renew || membership.cancel_at ) {
		return sprintf(
			/* translators: %s: a date */
			__( 'None: your membership ends on %s.', 'wu-plan-change' ),
			formatDate( membership.cancel_at ?? date )
		);
	}
	const wallet = customer?.wallet_balance ?? 0;
	if ( membership.status === 'on-hold' && membership.next_retry_at ) {
		// NOTE: RULES R2 — on hold, the failed renewal is charged again at the retry, not at the past period end.
		return sprintf(
			/* translators: 1: an amount of money, 2: a date */
			__(
				'%1$s on %2$s (automatic retry of the failed renewal)',
				'wu-plan-change'
			),
			formatMoney(
				Math.max( 0, membership.amount - wallet ),
				membership.currency
			),
			formatDate( membership.next_retry_at )
		);
	}
	const after = change ? scheduledTotal( change, catalogue ) : null;
	const samePlan = change?.plan_id === membership.plan_id;
	const samePeriod =
		change?.duration === membership.duration &&
		change?.duration_unit === membership.duration_unit;
	if ( change && after !== null && samePlan && samePeriod ) {
		// Only add-ons end: the charge is the plan's with the add-ons kept, each marked "Ends on" below.
		return sprintf(
			/* translators: 1: an amount of money, 2: a date */
			__( '%1$s on %2$s', 'wu-plan-change' ),
			formatMoney( Math.max( 0, after - wallet ), membership.currency ),
			formatDate( date )
		);
	}
	if ( change && after !== null ) {
		// NOTE: the renewal on the change's date is priced at the new plan, even a free one (issue 11);
		// pinned by "shows the charge after a scheduled change" in tests/admin-ui/membership-box.test.tsx.
		return sprintf(
			/* translators: 1: an amount of money, 2: a date, 3: the plan after the change */
			__( '%1$s on %2$s, after the change to %3$s', 'wu-plan-change' ),
			formatMoney( Math.max( 0, after - wallet ), membership.currency ),
			formatDate( date ),
			samePlan
				? sprintf(
						/* translators: 1: a plan's name, 2: a period such as "1 year" */
						__( '%1$s (%2$s)', 'wu-plan-change' ),
						nameOf( catalogue, change.plan_id ),
						formatPeriod( change.duration, change.duration_unit )
					)
				: nameOf( catalogue, change.plan_id )
		);
	}
	if ( membership.amount === 0 ) {
		return sprintf(
			/* translators: %s: a date */
			__(
				'None: your plan is free (period renews on %s).',
				'wu-plan-change'
			),
			formatDate( date )
		);
	}
	return sprintf(
		/* translators: 1: an amount of money, 2: a date */
		__( '%1$s on %2$s', 'wu-plan-change' ),
		formatMoney(
			Math.max( 0, membership.amount - wallet ),
			membership.currency
		),
		formatDate( date )
	);
}
