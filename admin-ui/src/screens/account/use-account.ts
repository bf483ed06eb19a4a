import { useCallback, useEffect, useState } from '@wordpress/element';
import { errorMessage } from '../../api/client';
import { getCustomer } from '../../api/customers';
import { getLimits, listMemberships } from '../../api/memberships';
import { listPayments } from '../../api/payments';
import { listProducts } from '../../api/products';
import { listSites } from '../../api/sites';
import type {
	Customer,
	Membership,
	MembershipLimits,
	Payment,
	Product,
	Site,
} from '../../api/types';

/** Everything the Account page shows, loaded fresh. */
export interface AccountData {
	membership: Membership | null;
	customer: Customer | null;
	limits: MembershipLimits | null;
	sites: Site[];
	payments: Payment[];
	catalogue: Map< number, Product >;
}

/** The membership worth showing first: an active or trialing one, else the newest. */
function pickMembership( memberships: Membership[] ): Membership | null {
	const live = memberships.find( ( m ) =>
		[ 'active', 'trialing', 'on-hold', 'pending' ].includes( m.status )
	);
	return live ?? memberships[ memberships.length - 1 ] ?? null;
}

/** Loads the signed-in customer's membership, wallet, limits, sites, payments and the catalogue; `reload()` loads them again. */
export function useAccount(): {
	data: AccountData | null;
	error: string | null;
	reload: () => Promise< void >;
} {
	const [ data, setData ] = useState< AccountData | null >( null );
	const [ error, setError ] = useState< string | null >( null );

	const reload = useCallback( async () => {
		try {
			const [ memberships, products ] = await Promise.all( [
				listMemberships( { per_page: 100 } ),
				listProducts( { per_page: 100 } ),
			] );
			const catalogue = new Map(
				products.items.map( ( p ) => [ p.id, p ] )
			);
			const membership = pickMembership( memberships.items );
			if ( ! membership ) {
				setData( {
					membership: null,
					customer: null,
					limits: null,
					sites: [],
					payments: [],
					catalogue,
				} );
				return;
			}
			const [ customer, limits, sites, payments ] = await Promise.all( [
				getCustomer( membership.customer_id ).catch( () => null ),
				getLimits( membership.id ).catch( () => null ),
				listSites( { membership: membership.id, per_page: 100 } )
					.then( ( page ) => page.items )
					.catch( () => [] as Site[] ),
				listPayments( {
					customer: membership.customer_id,
					per_page: 100,
				} )
					.then( ( page ) => page.items )
					.catch( () => [] as Payment[] ),
			] );
			setData( {
				membership,
				customer,
				limits,
				sites,
				payments,
				catalogue,
			} );
			setError( null );
		} catch ( failure ) {
			setError( errorMessage( failure ) );
		}
	}, [] );

	useEffect( () => {
		void reload();
	}, [ reload ] );

	return { data, error, reload };
}
