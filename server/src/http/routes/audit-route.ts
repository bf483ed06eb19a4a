import type { z } from 'zod';
import { AUDIT_OBJECT_TYPES, type AuditEntry } from '../../domain/audit';
import { listAudit } from '../../services/list-audit';
import { networkAdmin } from '../rest-server';
import { integer, oneOf } from '../schema';
import { collectionArgs, pageOf, pageResponse } from '../schemas/collection';
import type { RouteDefinition } from './route-definition';

const args = collectionArgs( [ 'id' ] as const ).extend( {
	object_type: oneOf( AUDIT_OBJECT_TYPES ),
	object_id: integer( { min: 0 } ),
	actor: integer( { min: 1 } ),
} );

function auditResource( entry: AuditEntry ) {
	return {
		id: entry.id,
		at: entry.at,
		actor: entry.actor,
		action: entry.action,
		object_type: entry.objectType,
		object_id: entry.objectId,
		before: entry.before,
		after: entry.after,
	};
}

/** `GET /audit` (admin): who changed what, newest first, by object or actor (API.md). */
export const auditRoute: RouteDefinition[] = [
	{
		route: '/audit',
		endpoints: {
			methods: [ 'GET' ],
			permission: networkAdmin,
			args,
			handler: ( request, ctx ) => {
				const query = request.args as z.output< typeof args >;
				const page = pageOf( query, { orderby: 'id', order: 'desc' } );
				const { items, total } = listAudit( ctx, {
					objectType: query.object_type,
					objectId: query.object_id,
					actorId: query.actor,
					limit: page.perPage,
					offset: page.offset,
				} );
				return pageResponse(
					items.map( auditResource ),
					total,
					page,
					request.url()
				);
			},
		},
	},
];
