import type { Refund, RefundTarget } from '../domain/refund';
import type { Db } from './connection';
import { readInstant, storeInstant } from './instants';

interface RefundRow {
	id: number;
	payment_id: number;
	amount: number;
	currency: string;
	to_target: RefundTarget;
	reason: string;
	idempotency_key: string | null;
	actor_user_id: number | null;
	actor_name: string | null;
	gateway_reference: string | null;
	cancelled_membership_id: number | null;
	created_at: string;
}

function toRefund( row: RefundRow ): Refund {
	return {
		id: row.id,
		paymentId: row.payment_id,
		amount: row.amount,
		currency: row.currency,
		to: row.to_target,
		reason: row.reason,
		idempotencyKey: row.idempotency_key,
		actor:
			row.actor_user_id === null
				? null
				: { id: row.actor_user_id, name: row.actor_name ?? '' },
		gatewayReference: row.gateway_reference,
		cancelledMembershipId: row.cancelled_membership_id,
		createdAt: readInstant( row.created_at ),
	};
}

const SELECT = `SELECT r.*, COALESCE( NULLIF( u.display_name, '' ), u.username ) AS actor_name
	FROM refunds r LEFT JOIN users u ON u.id = r.actor_user_id`;

/** Refunds (RULES X3): each its own row against one payment; a payment's refunded total is their sum. */
export class RefundRepository {
	constructor( private readonly db: Db ) {}

	insert(
		refund: Omit< Refund, 'id' | 'actor' > & { actorUserId: number | null }
	): Refund {
		const info = this.db
			.prepare(
				`INSERT INTO refunds ( payment_id, amount, currency, to_target, reason, idempotency_key, actor_user_id, gateway_reference, cancelled_membership_id, created_at )
				VALUES ( ?, ?, ?, ?, ?, ?, ?, ?, ?, ? )`
			)
			.run(
				refund.paymentId,
				refund.amount,
				refund.currency,
				refund.to,
				refund.reason,
				refund.idempotencyKey,
				refund.actorUserId,
				refund.gatewayReference,
				refund.cancelledMembershipId,
				storeInstant( refund.createdAt )
			);
		return this.find( Number( info.lastInsertRowid ) ) as Refund;
	}

	find( id: number ): Refund | null {
		const row = this.db
			.prepare( `${ SELECT } WHERE r.id = ?` )
			.get( id ) as RefundRow | undefined;
		return row ? toRefund( row ) : null;
	}

	/** A payment's refunds, oldest first. */
	ofPayment( paymentId: number ): Refund[] {
		return (
			this.db
				.prepare( `${ SELECT } WHERE r.payment_id = ? ORDER BY r.id` )
				.all( paymentId ) as RefundRow[]
		 ).map( toRefund );
	}
}
