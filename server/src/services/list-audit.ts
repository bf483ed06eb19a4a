import type { AuditQuery } from '../db/audit-repository';
import type { AuditEntry } from '../domain/audit';
import type { BillingDeps } from './billing-deps';

/** A page of the audit log, newest first. */
export function listAudit(
	deps: Pick< BillingDeps, 'audit' >,
	query: AuditQuery
): { items: AuditEntry[]; total: number } {
	return deps.audit.list( query );
}
