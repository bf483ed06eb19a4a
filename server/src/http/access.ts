import { DomainError } from '../domain/errors';
import type { Membership } from '../domain/types';
import type { AppContext } from '../context';
import type { Customer } from '../db/customer-repository';
import type { RestRequest } from './rest-server';

/**
 * Ownership rule (docs/rest-api.md): a customer may touch only their own customer record,
 * memberships, payments and sites; anything else answers 404 `rest_not_found`, exactly as
 * when it does not exist, so existence never leaks. Admin-only routes answer 403.
 */
export function isAdmin( request: RestRequest ): boolean {
	return request.user?.role === 'network_admin';
}

/** The caller's customer record, or null (the admin, or a customer without one). */
export function callerCustomer( ctx: AppContext, request: RestRequest ): Customer | null {
	return request.user ? ctx.customers.findByUserId( request.user.id ) : null;
}

export function notFound( what: string ): DomainError {
	return new DomainError( 'not_found', 'rest_not_found', `No ${ what } was found with that id.` );
}

/** True when the caller is the admin or the customer `customerId`. */
export function mayAccessCustomer( ctx: AppContext, request: RestRequest, customerId: number ): boolean {
	return isAdmin( request ) || callerCustomer( ctx, request )?.id === customerId;
}

/** The membership if the caller may see it, else rest_not_found. */
export function accessibleMembership( ctx: AppContext, request: RestRequest, id: number ): Membership {
	const membership = ctx.memberships.find( id );
	if ( ! membership || ! mayAccessCustomer( ctx, request, membership.customerId ) ) {
		throw notFound( 'membership' );
	}
	return membership;
}
