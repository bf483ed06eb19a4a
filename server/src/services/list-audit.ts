import type { AuditQuery } from '../db/audit-repository';
import type { AuditEntry } from '../domain/audit';
import { describeAudit } from './audit';
import type { BillingDeps } from './billing-deps';

/** A page of the audit log, newest first. */
export function listAudit(
	deps: Pick< BillingDeps, 'audit' | 'events' >,
	query: AuditQuery
): { items: AuditEntry[]; total: number } {
	const { items, total } = deps.audit.list( query );
	return {
		items: items.map( ( entry ) => describeAudit( deps, entry ) ),
		total,
	};
}
