import { nominalSixteenths } from './period';
import type { Period } from './types';

/** A price in minor units for a period. */
export interface PricedPeriod {
	amount: number;
	period: Period;
}

/** Sign of (a per day − b per day), compared exactly by cross-multiplying with nominal days in sixteenths (RULES K4). */
export function comparePricePerDay(
	a: PricedPeriod,
	b: PricedPeriod
): -1 | 0 | 1 {
	const left = BigInt( a.amount ) * BigInt( nominalSixteenths( b.period ) );
	const right = BigInt( b.amount ) * BigInt( nominalSixteenths( a.period ) );
	if ( left === right ) {
		return 0;
	}
	return left < right ? -1 : 1;
}
