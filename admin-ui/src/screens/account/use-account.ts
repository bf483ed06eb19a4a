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
import { TAGS } from '../../data/queries';
import { defineQuery, useQuery } from '../../data/use-query';

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

/** Loads the signed-in customer's membership, wallet, limits, sites, payments and the catalogue. */
async function loadAccount(): Promise< AccountData > {
	const [ memberships, products ] = await Promise.all( [
		listMemberships( { per_page: 100 } ),
		listProducts( { per_page: 100 } ),
	] );
	const catalogue = new Map( products.items.map( ( p ) => [ p.id, p ] ) );
	const membership = pickMembership( memberships.items );
	if ( ! membership ) {
		return {
			membership: null,
			customer: null,
			limits: null,
			sites: [],
			payments: [],
			catalogue,
		};
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
	return { membership, customer, limits, sites, payments, catalogue };
}

const accountQuery = defineQuery( 'account', loadAccount, [
	TAGS.memberships,
	TAGS.customers,
	TAGS.payments,
	TAGS.products,
	TAGS.sites,
] );

/** The Account page's data through the data layer; `reload()` loads it again (a change made elsewhere also does). */
export function useAccount(): {
	data: AccountData | null;
	error: string | null;
	reload: () => Promise< void >;
} {
	const loaded = useQuery( accountQuery );
	return {
		data: loaded.data ?? null,
		error: loaded.data ? null : loaded.error,
		reload: loaded.reload,
	};
}
