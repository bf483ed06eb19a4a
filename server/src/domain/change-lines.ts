import { __, _n, sprintf } from '../i18n';
import { quantityOf } from './addon-quantities';
import { findProduct, isOneTime } from './find-product';
import { dayOfMonth } from './instant';
import { divideRounded } from './money';
import { addPeriod, describePeriod, periodDays, unusedDays } from './period';
import { priceForPeriod } from './price-for-period';
import { prorationCredit } from './proration-credit';
import type {
	ChangeTarget,
	Membership,
	Period,
	Product,
	QuoteLine,
} from './types';

function line(
	kind: QuoteLine[ 'kind' ],
	product: Product | null,
	description: string,
	quantity: number,
	unitAmount: number
): QuoteLine {
	return {
		kind,
		productId: product ? product.id : null,
		description,
		quantity,
		unitAmount,
		amount: unitAmount * quantity,
	};
}

/** "Premium — 1 month", or "Premium — lifetime" for a one-time product. */
export function describeItem( product: Product, period: Period ): string {
	return sprintf(
		/* translators: 1: product name, 2: "lifetime" or a period such as "1 month" */
		__( '%1$s — %2$s', 'wu-plan-change' ),
		product.name,
		isOneTime( product )
			? __( 'lifetime', 'wu-plan-change' )
			: describePeriod( period )
	);
}

/** Unused and total days of the membership's current period at `now` (0 of 0 without a period end). */
export function currentPeriodUsage(
	membership: Membership,
	now: string
): { unused: number; total: number } {
	if ( membership.periodEnd === null ) {
		return { unused: 0, total: 0 };
	}
	const total = periodDays( membership.periodStart, membership.periodEnd );
	return { unused: unusedDays( membership.periodEnd, now, total ), total };
}

function setupFeeLine( product: Product, amount: number ): QuoteLine[] {
	/* translators: %s: product name */
	return amount > 0
		? [
				line(
					'setup_fee',
					product,
					sprintf(
						/* translators: %s: product name */
						__( 'Setup fee — %s', 'wu-plan-change' ),
						product.name
					),
					1,
					amount
				),
			]
		: [];
}

/** Lines for the add-on units bought now (RULES K6): each added recurring unit round(price × unused / period days), a one-time add-on its full price, plus a first purchase's setup fee. */
export function addonPurchaseLines(
	membership: Membership,
	target: ChangeTarget,
	products: Product[],
	now: string,
	oneTimeOnly = false
): QuoteLine[] {
	const { unused, total } = currentPeriodUsage( membership, now );
	return target.addons.flatMap( ( addon ) => {
		const product = findProduct( products, addon.productId );
		const held = quantityOf( membership.addons, product.id );
		const added = addon.quantity - held;
		if ( added <= 0 || ( oneTimeOnly && ! isOneTime( product ) ) ) {
			return [];
		}
		const price = priceForPeriod( product, membership );
		const prorated = isOneTime( product ) || total === 0;
		const unit = prorated ? price : divideRounded( price * unused, total );
		const label = prorated
			? product.name
			: sprintf(
					/* translators: 1: add-on name, 2: unused days, 3: days in the period */ __(
						'%1$s — %2$d of %3$d days',
						'wu-plan-change'
					),
					product.name,
					unused,
					total
				);
		return [
			line( 'addon', product, label, added, unit ),
			...setupFeeLine( product, held === 0 ? product.setupFee : 0 ),
		];
	} );
}

/** The new period of an immediate change starting at `now`: end null for a one-time (lifetime) plan (RULES K7, K10, M4). */
export function newPeriodEnd(
	plan: Product,
	target: Period,
	now: string
): string | null {
	return isOneTime( plan )
		? null
		: addPeriod( now, target, dayOfMonth( now ) );
}

/** Lines of an immediate change (RULES K7): target plan and recurring add-ons at full price, one-time add-ons bought now, setup fees, and the proration credit of current items. */
export function upgradeLines(
	membership: Membership,
	target: ChangeTarget,
	products: Product[],
	now: string
): { lines: QuoteLine[]; credit: number } {
	const plan = findProduct( products, target.planId );
	const current = findProduct( products, membership.planId );
	const recurringAddons = target.addons.flatMap( ( addon ) => {
		const product = findProduct( products, addon.productId );
		return isOneTime( product )
			? []
			: [
					line(
						'addon',
						product,
						describeItem( product, target ),
						addon.quantity,
						priceForPeriod( product, target )
					),
				];
	} );
	const newAddonFees = target.addons.flatMap( ( addon ) => {
		const product = findProduct( products, addon.productId );
		return isOneTime( product ) ||
			quantityOf( membership.addons, product.id ) > 0
			? []
			: setupFeeLine( product, product.setupFee );
	} );
	const creditable = membership.items.filter(
		( item ) =>
			item.productId === membership.planId ||
			! isOneTime( findProduct( products, item.productId ) )
	);
	const credit = prorationCredit( membership, creditable, now );
	const creditLine =
		credit > 0
			? [
					line(
						'proration_credit',
						current,
						creditDescription( membership, current, now ),
						1,
						-credit
					),
				]
			: [];
	return {
		lines: [
			line(
				'plan',
				plan,
				describeItem( plan, target ),
				1,
				priceForPeriod( plan, target )
			),
			...recurringAddons,
			...addonPurchaseLines( membership, target, products, now, true ),
			...setupFeeLine(
				plan,
				plan.id === current.id
					? 0
					: Math.max( 0, plan.setupFee - current.setupFee )
			),
			...newAddonFees,
			...creditLine,
		],
		credit,
	};
}

function creditDescription(
	membership: Membership,
	current: Product,
	now: string
): string {
	if ( membership.periodEnd === null ) {
		return sprintf(
			/* translators: %s: plan name */ __(
				'Credit for %s (lifetime)',
				'wu-plan-change'
			),
			current.name
		);
	}
	const { unused } = currentPeriodUsage( membership, now );
	return sprintf(
		/* translators: 1: number of unused days, 2: plan name */
		_n(
			'Credit for %1$d unused day of %2$s',
			'Credit for %1$d unused days of %2$s',
			unused,
			'wu-plan-change'
		),
		unused,
		current.name
	);
}
