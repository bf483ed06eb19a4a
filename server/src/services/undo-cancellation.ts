import { undoCancellation as undo } from '../domain/cancellation';
import type { Membership } from '../domain/types';
import { announceMembership } from './announce';
import { billingNow, type BillingDeps } from './billing-deps';
import { loadMembership } from './load';

/** Undoes a cancellation at the period end (RULES X1) while it is pending: it renews as before; announced. A dropped scheduled change stays dropped. */
export function undoCancellation(
	deps: BillingDeps,
	membershipId: number
): Membership {
	return deps.db.transaction( () => {
		const m = loadMembership( deps, membershipId );
		const now = billingNow( deps );
		if ( ! deps.memberships.save( undo( m ), m.version, now ) ) {
			throw new Error(
				`Membership ${ m.id } changed while undoing its cancellation.`
			);
		}
		deps.memberships.setCancelRequest( m.id, null );
		const after = loadMembership( deps, m.id );
		announceMembership( deps, 'membership.cancel_undone', after, {
			cancel_at: m.cancelAt,
		} );
		return after;
	} )();
}
