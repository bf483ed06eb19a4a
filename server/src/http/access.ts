import { __ } from '../i18n';
import { DomainError } from '../domain/errors';
import type { Membership } from '../domain/types';
import type { AppContext } from './app-context';
import { idParam } from './id-param';
import type { Customer } from '../domain/customer';
import { findCustomerOfUser } from '../services/find-customer-of-user';
import { findMembership } from '../services/find-membership';
import type { RestRequest } from './rest-server';

/**
 * Ownership rule (docs/rest-api.md): a customer may touch only their own customer record,
 * memberships, payments and sites; anything else answers 404 `rest_not_found`, exactly as
 * when it does not exist, so existence never leaks. Admin-only routes answer 403.
 */
export function isAdmin( request: Pick< RestRequest, 'user' > ): boolean {
	return request.user?.role === 'network_admin';
}

/** The caller's customer record, or null (the admin, or a customer without one). */
export function callerCustomer(
	ctx: AppContext,
	request: Pick< RestRequest, 'user' >
): Customer | null {
	return request.user ? findCustomerOfUser( ctx, request.user.id ) : null;
}

/** What a route may not find; each has its own sentence, so translations need not inflect a noun. */
export type Findable = 'membership' | 'site' | 'customer' | 'payment';

/** rest_not_found for a `what` that does not exist or that the caller may not see. */
export function notFound( what: Findable ): DomainError {
	const messages: Record< Findable, () => string > = {
		membership: () =>
			__( 'No membership was found with that id.', 'wu-plan-change' ),
		site: () => __( 'No site was found with that id.', 'wu-plan-change' ),
		customer: () =>
			__( 'No customer was found with that id.', 'wu-plan-change' ),
		payment: () =>
			__( 'No payment was found with that id.', 'wu-plan-change' ),
	};
	return new DomainError( 'not_found', 'rest_not_found', messages[ what ]() );
}

/** True when the caller is the admin or the customer `customerId`. */
export function mayAccessCustomer(
	ctx: AppContext,
	request: Pick< RestRequest, 'user' >,
	customerId: number
): boolean {
	return (
		isAdmin( request ) || callerCustomer( ctx, request )?.id === customerId
	);
}

/** The membership if the caller may see it, else rest_not_found. */
export function accessibleMembership(
	ctx: AppContext,
	request: Pick< RestRequest, 'user' >,
	id: number
): Membership {
	const membership = findMembership( ctx, id );
	if (
		! membership ||
		! mayAccessCustomer( ctx, request, membership.customerId )
	) {
		throw notFound( 'membership' );
	}
	return membership;
}

/** The membership of the path (`/memberships/:id/…`) when the caller may see it, else 404. */
export function membershipOfPath(
	ctx: AppContext,
	request: Pick< RestRequest, 'user' | 'params' >
): Membership {
	return accessibleMembership( ctx, request, idParam( request.params ) );
}
