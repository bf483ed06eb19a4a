import type { Customer } from '../domain/customer';
import { customerResource } from '../wire/resources';
import { recordAudit } from './audit';
import type { BillingDeps } from './billing-deps';
import { describeCustomer } from './describe-customer';

type CustomerAuditDeps = Pick<
	BillingDeps,
	'audit' | 'clock' | 'events' | 'wallet' | 'settings'
>;

/** A customer in the audit log: their wire form (no password, the card's last four digits only). */
export function customerSnapshot(
	deps: CustomerAuditDeps,
	customer: Customer
): Record< string, unknown > {
	const { balance, currency } = describeCustomer( deps, customer.id );
	return customerResource( customer, balance, currency );
}

/** Records a customer's creation (`before` null) or change, with a password change noted but never stored. */
export function auditCustomer(
	deps: CustomerAuditDeps,
	action: 'customer.created' | 'customer.updated',
	before: Record< string, unknown > | null,
	customer: Customer,
	passwordChanged = false
): void {
	recordAudit( deps, {
		action,
		objectType: 'customer',
		objectId: customer.id,
		before,
		after: {
			...customerSnapshot( deps, customer ),
			...( passwordChanged ? { password_changed: true } : {} ),
		},
	} );
}
