import { divideRounded } from './money';
import { recurringTotal } from './recurring-total';
import type {
	DurationUnit,
	Membership,
	MembershipStatus,
	Period,
	Product,
} from './types';

/** Months in one unit as a fraction [numerator, denominator] (RULES B1: a week is 52/12 of a month, a day 365/12). */
const PER_MONTH: Record< DurationUnit, [ number, number ] > = {
	day: [ 365, 12 ],
	week: [ 52, 12 ],
	month: [ 1, 1 ],
	year: [ 1, 12 ],
};

/** A recurring amount per `period` normalized to one month, minor units, rounded once (RULES B1, M2). */
export function monthlyAmount( amount: number, period: Period ): number {
	const [ numerator, denominator ] = PER_MONTH[ period.durationUnit ];
	return divideRounded( amount * numerator, denominator * period.duration );
}

/** Whether a membership in `status` counts towards MRR: active and on-hold do (RULES B1). */
export function countsTowardsMrr( status: MembershipStatus ): boolean {
	return status === 'active' || status === 'on-hold';
}

/**
 * A membership's monthly recurring revenue, minor units (RULES B1): its recurring total at its
 * period normalized to a month; 0 while trialing, cancelled, expired or pending. A free
 * membership renews nothing and so counts 0; paid add-ons on a free plan count (decision 63).
 */
export function mrr( membership: Membership, products: Product[] ): number {
	if ( ! countsTowardsMrr( membership.status ) ) {
		return 0;
	}
	return monthlyAmount(
		recurringTotal(
			membership.planId,
			membership,
			membership.addons,
			products
		),
		membership
	);
}
