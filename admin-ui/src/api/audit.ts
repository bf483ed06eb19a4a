import { getPage, query } from './client';

/** Who changed what (`GET /audit`), as the server answers it. */
export interface AuditEntry {
	id: number;
	at: string;
	actor: { id: number; username: string } | null;
	action: string;
	object_type:
		| 'product'
		| 'membership'
		| 'customer'
		| 'payment'
		| 'webhook'
		| 'settings';
	object_id: number;
	before: Record< string, unknown > | null;
	after: Record< string, unknown > | null;
}

export interface AuditQuery {
	[ param: string ]: string | number | undefined;
	object_type?: AuditEntry[ 'object_type' ];
	object_id?: number;
	actor?: number;
	page?: number;
	per_page?: number;
}

export const listAudit = ( params: AuditQuery ) =>
	getPage< AuditEntry >( `/audit${ query( { ...params } ) }` );
