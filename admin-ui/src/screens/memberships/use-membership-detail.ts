import { getCustomer } from '../../api/customers';
import { getLimits, getMembership } from '../../api/memberships';
import { listPayments } from '../../api/payments';
import { listSites } from '../../api/sites';
import type {
	Customer,
	Membership,
	MembershipLimits,
	Payment,
	Site,
} from '../../api/types';
import type { Loaded } from '../../components/load-state';
import { TAGS } from '../../data/queries';
import { defineQuery, useQuery } from '../../data/use-query';

export interface MembershipDetailData {
	membership: Membership;
	customer: Customer | null;
	/** `null` when the limits could not be read. */
	limits: MembershipLimits | null;
	payments: Payment[];
	sites: Site[];
}

/** A membership with what its page shows around it: customer, limits with usage, payments, sites. */
export async function loadMembershipDetail(
	id: number
): Promise< MembershipDetailData > {
	const membership = await getMembership( id );
	const [ customer, limits, payments, sites ] = await Promise.all( [
		getCustomer( membership.customer_id ).catch( () => null ),
		getLimits( id ).catch( () => null ),
		listPayments( {
			membership: id,
			per_page: 50,
			orderby: 'id',
			order: 'desc',
		} ).then( ( page ) => page.items ),
		listSites( { membership: id, per_page: 100 } )
			.then( ( page ) => page.items )
			.catch( () => [] as Site[] ),
	] );
	return { membership, customer, limits, payments, sites };
}

const membershipDetailQuery = defineQuery(
	'membership-detail',
	loadMembershipDetail,
	[ TAGS.memberships, TAGS.customers, TAGS.payments, TAGS.sites ]
);

/** The membership page's data, reloaded after a change that invalidates what it shows. */
export function useMembershipDetail(
	id: number
): Loaded< MembershipDetailData > {
	return useQuery( membershipDetailQuery, id );
}
