import { divideRounded } from './money';
import { unusedDays } from './period';
import type { Membership, MembershipItem } from './types';

/** Credit for the unused part of one item's value, in minor units (RULES K7, M5): a one-time item credits its whole value. */
export function itemCredit(
	item: MembershipItem,
	periodEnd: string | null,
	now: string
): number {
	if ( ! item.recurring || periodEnd === null ) {
		return item.value;
	}
	if ( item.coveredDays <= 0 ) {
		return 0;
	}
	return divideRounded(
		item.value * unusedDays( periodEnd, now, item.coveredDays ),
		item.coveredDays
	);
}

/** Proration credit of a membership's items at `now`, minor units: Σ per-item rounded credits; 0 while trialing (RULES K7, K9, K10). */
export function prorationCredit(
	membership: Membership,
	items: MembershipItem[],
	now: string
): number {
	if ( membership.status === 'trialing' ) {
		return 0;
	}
	return items.reduce(
		( sum, item ) => sum + itemCredit( item, membership.periodEnd, now ),
		0
	);
}
