import type { ChangeType, Membership } from './types';

/** How a change is carried out: `trial` now and free (K9), `immediate` new period now (K7), `addon` prorated now (K6), `scheduled` at period end (K8). */
export type ChangeMode = 'trial' | 'immediate' | 'addon' | 'scheduled';

/** The mode of a change of `type` for this membership; a downgrade of a lifetime membership (no period end) applies immediately (decision #8). */
export function changeMode(
	membership: Membership,
	type: ChangeType
): ChangeMode {
	if ( membership.status === 'trialing' ) {
		return 'trial';
	}
	if ( type === 'addon' ) {
		return 'addon';
	}
	return type === 'downgrade' && membership.periodEnd !== null
		? 'scheduled'
		: 'immediate';
}
