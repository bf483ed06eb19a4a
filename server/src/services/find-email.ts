import type { Email } from '../domain/email';
import type { BillingDeps } from './billing-deps';

/** One e-mail to a customer, or null. */
export function findEmail(
	deps: Pick< BillingDeps, 'emails' >,
	id: number
): Email | null {
	return deps.emails.find( id );
}
