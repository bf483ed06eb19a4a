import type { Membership } from '../api/types';
import type { Loaded } from '../components/load-state';
import { membershipsQuery } from '../data/queries';
import { useQuery } from '../data/use-query';

/** The membership a customer's screens are about: the first one neither cancelled nor expired, else the first. */
export function currentMembership(
	memberships: Membership[]
): Membership | null {
	return (
		memberships.find(
			( m ) => m.status !== 'cancelled' && m.status !== 'expired'
		) ??
		memberships[ 0 ] ??
		null
	);
}

/** The signed-in customer's current membership (null without one), through the data layer. */
export function useCurrentMembership(): Loaded< Membership | null > {
	const loaded = useQuery( membershipsQuery, { per_page: 100 } );
	return {
		...loaded,
		data: loaded.data ? currentMembership( loaded.data.items ) : undefined,
	};
}
