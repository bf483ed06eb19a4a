import { __, sprintf } from '../i18n';
import { removedAddons } from './addon-quantities';
import { DomainError } from './errors';
import { findProduct } from './find-product';
import { assertPeriod } from './period';
import { priceAt } from './price-at';
import { isAddonAllowed } from './assert-available';
import type {
	AddonQuantity,
	ChangeTarget,
	DurationUnit,
	Membership,
	Period,
	Product,
} from './types';

/** A change request as sent: every part optional (API.md "Target"). */
export interface PartialTarget {
	planId?: number;
	duration?: number;
	durationUnit?: DurationUnit;
	addons?: AddonQuantity[];
}

function invalidAddons( reason: string ): DomainError {
	return new DomainError(
		'invalid',
		'rest_invalid_param',
		/* translators: %s: why the add-ons are invalid */
		sprintf( __( 'Invalid add-ons: %s', 'wu-plan-change' ), reason ),
		{ params: { addons: reason } }
	);
}

/** Throws rest_invalid_param unless each quantity is an integer ≥ 1, above 1 only if stackable, at most max_quantity, and no product is listed twice (RULES C4). */
export function assertQuantities(
	addons: AddonQuantity[],
	products: Product[]
): void {
	for ( const addon of addons ) {
		const product = findProduct( products, addon.productId );
		const max = product.stackable ? Math.max( 1, product.maxQuantity ) : 1;
		if ( ! Number.isInteger( addon.quantity ) || addon.quantity < 1 ) {
			throw invalidAddons(
				sprintf(
					/* translators: %s: add-on name */ __(
						'the quantity of %s must be a whole number of at least 1.',
						'wu-plan-change'
					),
					product.name
				)
			);
		}
		if ( addon.quantity > max ) {
			throw invalidAddons(
				product.stackable
					? sprintf(
							/* translators: 1: add-on name, 2: maximum quantity */ __(
								'%1$s can be taken at most %2$d times.',
								'wu-plan-change'
							),
							product.name,
							max
						)
					: sprintf(
							/* translators: %s: add-on name */ __(
								'%s is not stackable: quantity 1 only.',
								'wu-plan-change'
							),
							product.name
						)
			);
		}
		if (
			addons.filter( ( other ) => other.productId === addon.productId )
				.length > 1
		) {
			throw invalidAddons(
				sprintf(
					/* translators: %s: add-on name */ __(
						'%s is listed more than once.',
						'wu-plan-change'
					),
					product.name
				)
			);
		}
	}
}

function resolvePeriod(
	membership: Membership,
	partial: PartialTarget,
	plan: Product
): Period {
	if (
		partial.duration === undefined &&
		partial.durationUnit === undefined
	) {
		const current: Period = {
			duration: membership.duration,
			durationUnit: membership.durationUnit,
		};
		// NOTE: decision #3 — a plan not sold at the current period is quoted at its own base period.
		return priceAt( plan, current ) !== null
			? current
			: { duration: plan.duration, durationUnit: plan.durationUnit };
	}
	const period = {
		duration: partial.duration,
		durationUnit: partial.durationUnit,
	} as Period;
	assertPeriod( period );
	return period;
}

/** The whole target of a change request (RULES K11): omitted plan and period are the current ones; omitted add-ons keep the current add-ons the target plan offers; `removes` lists the add-on ids dropped. */
export function resolveTarget(
	membership: Membership,
	partial: PartialTarget,
	products: Product[]
): { target: ChangeTarget; removes: number[] } {
	const plan = findProduct( products, partial.planId ?? membership.planId );
	const period = resolvePeriod( membership, partial, plan );
	const addons =
		partial.addons ??
		membership.addons.filter( ( addon ) =>
			isAddonAllowed(
				membership,
				plan,
				findProduct( products, addon.productId ),
				addon.quantity
			)
		);
	const normalized = addons.map( ( addon ) => ( {
		productId: addon.productId,
		quantity: addon.quantity,
	} ) );
	assertQuantities( normalized, products );
	const target: ChangeTarget = {
		planId: plan.id,
		...period,
		addons: normalized,
	};
	return { target, removes: removedAddons( membership.addons, normalized ) };
}
