import type { EmailQuery } from '../db/email-repository';
import type { Email } from '../domain/email';
import type { BillingDeps } from './billing-deps';

/** A page of the e-mails to customers (issue 15), newest first unless asked otherwise. */
export function listEmails(
	deps: Pick< BillingDeps, 'emails' >,
	query: EmailQuery
): { items: Email[]; total: number } {
	return deps.emails.list( query );
}
