import { sitesQuery } from '../../data/queries';
import { useQuery } from '../../data/use-query';

/** The titles of a membership's sites by id, loaded once when `membershipId` is set (null: nothing is loaded). */
export function useSiteNames(
	membershipId: number | null
): ( id: number ) => string | undefined {
	// NOTE: without the titles the list names sites "Site #3"; nothing else depends on them.
	const { data } = useQuery( membershipId === null ? null : sitesQuery, {
		membership: membershipId ?? 0,
		per_page: 100,
	} );
	return ( id: number ) =>
		data?.items.find( ( site ) => site.id === id )?.title || undefined;
}
