import { useEffect, useState } from '@wordpress/element';
import { listSites } from '../../api/sites';

/** The titles of a membership's sites by id, loaded once when `membershipId` is set (null: nothing is loaded). */
export function useSiteNames(
	membershipId: number | null
): ( id: number ) => string | undefined {
	const [ names, setNames ] = useState< Map< number, string > >( new Map() );
	useEffect( () => {
		if ( membershipId === null ) {
			return undefined;
		}
		let live = true;
		listSites( { membership: membershipId, per_page: 100 } )
			.then(
				( page ) =>
					live &&
					setNames(
						new Map(
							page.items
								.filter( ( site ) => site.title )
								.map( ( site ) => [ site.id, site.title ] )
						)
					)
			)
			// NOTE: without the titles the list names sites "Site #3"; nothing else depends on them.
			.catch( () => undefined );
		return () => {
			live = false;
		};
	}, [ membershipId ] );
	return ( id: number ) => names.get( id );
}
