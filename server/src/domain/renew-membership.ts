import { __, sprintf } from '../i18n';
import { DomainError } from './errors';
import { findProduct, isOneTime } from './find-product';
import { parseInstant } from './instant';
import { addPeriod, periodDays } from './period';
import { priceForPeriod } from './price-for-period';
import { describeItem } from './change-lines';
import type { Membership, MembershipItem, Product, QuoteLine } from './types';

/** A renewal: the membership for its next period, the amount to charge (minor units, before the wallet) and its lines. */
export interface Renewal {
	membership: Membership;
	/**
	 * The membership with its scheduled change applied but still in the period that ended (same
	 * version): what stays, on hold or expired, when the charge fails (RULES R1, R5).
	 */
	changed: Membership;
	amount: number;
	lines: QuoteLine[];
}

function renewalLine(
	product: Product,
	membership: Membership,
	quantity: number
): QuoteLine {
	const unitAmount = priceForPeriod( product, membership );
	return {
		kind: product.type === 'plan' ? 'plan' : 'addon',
		productId: product.id,
		description: describeItem( product, membership ),
		quantity,
		unitAmount,
		amount: unitAmount * quantity,
	};
}

/**
 * Renews a membership whose period ended at or before `at` (RULES R1, K8, M4): applies a scheduled
 * change due by then, prices the next period at the target's prices, and starts it at the old
 * period end with the same anchor day. The caller settles the wallet and card (W2, R2, R3); a
 * failed charge keeps `changed` (the target plan, the old period), so paying it later charges the
 * target's price without applying the change again.
 */
export function renewMembership(
	membership: Membership,
	products: Product[],
	at: string
): Renewal {
	if (
		membership.periodEnd === null ||
		parseInstant( at ) < parseInstant( membership.periodEnd )
	) {
		throw new DomainError(
			'invalid',
			'renewal_not_due',
			sprintf(
				/* translators: 1: membership id, 2: instant (ISO 8601 UTC) */ __(
					'Membership %1$d has no period ending by %2$s.',
					'wu-plan-change'
				),
				membership.id,
				at
			)
		);
	}
	const due =
		membership.scheduledChange &&
		parseInstant( membership.scheduledChange.effectiveAt ) <=
			parseInstant( at )
			? membership.scheduledChange
			: null;
	const state: Membership = due
		? {
				...membership,
				planId: due.planId,
				duration: due.duration,
				durationUnit: due.durationUnit,
				addons: due.addons.map( ( a ) => ( { ...a } ) ),
				scheduledChange: null,
			}
		: membership;
	const plan = findProduct( products, state.planId );
	const start = membership.periodEnd;
	const end = isOneTime( plan )
		? null
		: addPeriod( start, state, state.anchorDay );
	const days = end === null ? 0 : periodDays( start, end );
	const recurringAddons = state.addons.filter(
		( addon ) => ! isOneTime( findProduct( products, addon.productId ) )
	);
	const lines = [
		...( isOneTime( plan ) ? [] : [ renewalLine( plan, state, 1 ) ] ),
		...recurringAddons.map( ( addon ) =>
			renewalLine(
				findProduct( products, addon.productId ),
				state,
				addon.quantity
			)
		),
	];
	const items: MembershipItem[] = [
		...lines.map( ( line ) => ( {
			productId: line.productId as number,
			quantity: line.quantity,
			value: line.amount,
			coveredDays: days,
			recurring: true,
		} ) ),
		...membership.items.filter(
			( item ) =>
				! item.recurring &&
				state.addons.some(
					( addon ) => addon.productId === item.productId
				)
		),
	];
	const amount = lines.reduce( ( sum, line ) => sum + line.amount, 0 );
	const status =
		state.status === 'trialing' || state.status === 'on-hold'
			? 'active'
			: state.status;
	return {
		membership: {
			...state,
			status,
			periodStart: start,
			periodEnd: end,
			items,
			version: membership.version + 1,
		},
		changed: state,
		amount,
		lines,
	};
}
