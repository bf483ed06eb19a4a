import { __, sprintf } from '../i18n';
import { sameAddons } from './addon-quantities';
import { comparePricePerDay, type PricedPeriod } from './compare-price-per-day';
import { DomainError } from './errors';
import { findProduct } from './find-product';
import { describePeriod, nominalSixteenths, samePeriod } from './period';
import { priceAt } from './price-at';
import type {
	ChangeTarget,
	ChangeType,
	Membership,
	Period,
	Product,
} from './types';

function periodOf( value: Period ): Period {
	return { duration: value.duration, durationUnit: value.durationUnit };
}

function ownPrice( plan: Product, period: Period ): PricedPeriod {
	const price = priceAt( plan, period );
	return price !== null
		? { amount: price, period }
		: { amount: plan.amount, period: periodOf( plan ) };
}

/** The two plans' prices at the common period of RULES K4: the current period, else the target period, else each at its own. */
function pricesToCompare(
	current: Product,
	target: Product,
	currentPeriod: Period,
	targetPeriod: Period
): [ PricedPeriod, PricedPeriod ] {
	for ( const period of [ currentPeriod, targetPeriod ] ) {
		const a = priceAt( current, period );
		const b = priceAt( target, period );
		if ( a !== null && b !== null ) {
			return [
				{ amount: a, period },
				{ amount: b, period },
			];
		}
	}
	return [
		ownPrice( current, currentPeriod ),
		ownPrice( target, targetPeriod ),
	];
}

/** "Extra Disk × 2, Unlimited Visits": the membership's add-ons by name. */
function addonNames( membership: Membership, products: Product[] ): string {
	return membership.addons
		.map( ( addon ) => {
			const name = findProduct( products, addon.productId ).name;
			return addon.quantity > 1
				? sprintf(
						/* translators: 1: an add-on's name, 2: its quantity */
						__( '%1$s × %2$d', 'wu-plan-change' ),
						name,
						addon.quantity
					)
				: name;
		} )
		.join( ', ' );
}

function noChanges(
	membership: Membership,
	plan: Product,
	products: Product[]
): DomainError {
	const scheduled = membership.scheduledChange
		? ' ' +
			__(
				'To keep it and drop the scheduled change, cancel the scheduled change instead.',
				'wu-plan-change'
			)
		: '';
	// NOTE: only the add-ons the customer has are named (issue 11); pinned by "wu_no_changes" in tests/server/http/quote-explanation.test.ts.
	const message =
		membership.addons.length === 0
			? sprintf(
					/* translators: 1: plan name, 2: period such as "1 month" */
					__(
						'Nothing would change: you already have %1$s for %2$s.',
						'wu-plan-change'
					),
					plan.name,
					describePeriod( membership )
				)
			: sprintf(
					/* translators: 1: plan name, 2: period such as "1 month", 3: a list of add-ons */
					__(
						'Nothing would change: you already have %1$s for %2$s with %3$s.',
						'wu-plan-change'
					),
					plan.name,
					describePeriod( membership ),
					addonNames( membership, products )
				);
	return new DomainError(
		'unprocessable',
		'wu_no_changes',
		message + scheduled
	);
}

/** The type of a change (RULES K1–K5): addon, upgrade or downgrade; throws wu_no_changes (422) when the target equals the current state. */
export function classifyChange(
	membership: Membership,
	target: ChangeTarget,
	products: Product[]
): ChangeType {
	const current = findProduct( products, membership.planId );
	const plan = findProduct( products, target.planId );
	const currentPeriod = periodOf( membership );
	const targetPeriod = periodOf( target );
	if ( plan.id === current.id && samePeriod( currentPeriod, targetPeriod ) ) {
		if ( sameAddons( membership.addons, target.addons ) ) {
			throw noChanges( membership, plan, products );
		}
		return 'addon';
	}
	if ( plan.id === current.id ) {
		const longer =
			nominalSixteenths( targetPeriod ) -
			nominalSixteenths( currentPeriod );
		if ( longer !== 0 ) {
			return longer > 0 ? 'upgrade' : 'downgrade';
		}
	}
	const [ before, after ] = pricesToCompare(
		current,
		plan,
		currentPeriod,
		targetPeriod
	);
	return comparePricePerDay( after, before ) < 0 ? 'downgrade' : 'upgrade';
}
