import type { PaymentStatus, PaymentKind, Payment } from '../domain/payment';
import type { Db } from './connection';
import { readInstant, storeInstant } from './instants';
import type { QuoteLineKind } from '../domain/types';
import { shownPaymentStatus } from '../domain/refund';
import {
	listPayments,
	type PaymentListItem,
	type PaymentQuery,
} from './payment-list-query';

export type { PaymentListItem, PaymentQuery } from './payment-list-query';

interface PaymentRow {
	id: number;
	customer_id: number;
	membership_id: number | null;
	status: PaymentStatus;
	kind: PaymentKind;
	total_amount: number;
	currency: string;
	gateway: string;
	quote_id: string | null;
	failure_message: string | null;
	created_at: string;
	completed_at: string | null;
	refunded_amount: number;
	invoice_number: number | null;
}

/** A payment's columns with the sum of its refunds (RULES X3), alias `p`. */
export const PAYMENT_COLUMNS =
	'p.*, ( SELECT COALESCE( SUM( amount ), 0 ) FROM refunds WHERE payment_id = p.id ) AS refunded_amount';

interface LineRow {
	kind: QuoteLineKind;
	product_id: number | null;
	description: string;
	quantity: number;
	unit_amount: number;
	amount: number;
}

/** Payments and their lines. */
export class PaymentRepository {
	constructor( private readonly db: Db ) {}

	private hydrate( row: PaymentRow ): Payment {
		const lines = this.db
			.prepare(
				'SELECT kind, product_id, description, quantity, unit_amount, amount FROM payment_lines WHERE payment_id = ? ORDER BY position'
			)
			.all( row.id ) as LineRow[];
		return {
			id: row.id,
			customerId: row.customer_id,
			membershipId: row.membership_id,
			status: shownPaymentStatus(
				row.status,
				row.total_amount,
				row.refunded_amount
			),
			kind: row.kind,
			total: row.total_amount,
			refundedTotal: row.refunded_amount,
			currency: row.currency,
			gateway: row.gateway,
			quoteId: row.quote_id,
			failureMessage: row.failure_message,
			lines: lines.map( ( l ) => ( {
				kind: l.kind,
				productId: l.product_id,
				description: l.description,
				quantity: l.quantity,
				unitAmount: l.unit_amount,
				amount: l.amount,
			} ) ),
			createdAt: readInstant( row.created_at ),
			completedAt: readInstant( row.completed_at ),
			invoiceNumber: row.invoice_number,
		};
	}

	/** The next invoice number from the counter row (call in the transaction that completes the payment). */
	private nextInvoiceNumber(): number {
		return (
			this.db
				.prepare(
					"UPDATE counters SET value = value + 1 WHERE name = 'invoice_number' RETURNING value"
				)
				.get() as { value: number }
		 ).value;
	}

	/** Stores a payment and its lines; a completed one gets the next invoice number. */
	insert(
		payment: Omit< Payment, 'id' | 'refundedTotal' | 'invoiceNumber' >
	): Payment {
		const info = this.db
			.prepare(
				`INSERT INTO payments ( customer_id, membership_id, status, kind, total_amount, currency, gateway, quote_id, failure_message, created_at, completed_at, invoice_number )
				VALUES ( ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? )`
			)
			.run(
				payment.customerId,
				payment.membershipId,
				payment.status,
				payment.kind,
				payment.total,
				payment.currency,
				payment.gateway,
				payment.quoteId,
				payment.failureMessage,
				storeInstant( payment.createdAt ),
				storeInstant( payment.completedAt ),
				payment.status === 'completed' ? this.nextInvoiceNumber() : null
			);
		const id = Number( info.lastInsertRowid );
		const insertLine = this.db.prepare(
			'INSERT INTO payment_lines ( payment_id, position, kind, product_id, description, quantity, unit_amount, amount ) VALUES ( ?, ?, ?, ?, ?, ?, ?, ? )'
		);
		payment.lines.forEach( ( line, position ) =>
			insertLine.run(
				id,
				position,
				line.kind,
				line.productId,
				line.description,
				line.quantity,
				line.unitAmount,
				line.amount
			)
		);
		return this.find( id ) as Payment;
	}

	find( id: number ): Payment | null {
		const row = this.db
			.prepare(
				`SELECT ${ PAYMENT_COLUMNS } FROM payments p WHERE p.id = ?`
			)
			.get( id ) as PaymentRow | undefined;
		return row ? this.hydrate( row ) : null;
	}

	/** The membership's manual payment still waiting for the admin, if any (at most one, decision in checkout). */
	openManualPayment( membershipId: number ): Payment | null {
		const row = this.db
			.prepare(
				"SELECT p.*, 0 AS refunded_amount FROM payments p WHERE membership_id = ? AND status = 'pending' AND gateway = 'manual' ORDER BY id LIMIT 1"
			)
			.get( membershipId ) as PaymentRow | undefined;
		return row ? this.hydrate( row ) : null;
	}

	/**
	 * Moves a payment from `from` to `to`; false when it was not in `from` any more. Completing it
	 * sets `completed_at` and gives it the next invoice number; a later move keeps both.
	 */
	transition(
		id: number,
		from: PaymentStatus,
		to: PaymentStatus,
		at: string,
		failureMessage: string | null = null
	): boolean {
		const info = this.db
			.prepare(
				'UPDATE payments SET status = ?, completed_at = COALESCE( ?, completed_at ), failure_message = COALESCE( ?, failure_message ) WHERE id = ? AND status = ?'
			)
			.run(
				to,
				to === 'completed' ? storeInstant( at ) : null,
				failureMessage,
				id,
				from
			);
		if ( info.changes === 1 && to === 'completed' ) {
			this.db
				.prepare(
					'UPDATE payments SET invoice_number = ? WHERE id = ? AND invoice_number IS NULL'
				)
				.run( this.nextInvoiceNumber(), id );
		}
		return info.changes === 1;
	}

	/** The membership's completed payments (refunds included), oldest first: what a cancellation now may refund (RULES X2). */
	completedOfMembership( membershipId: number ): Payment[] {
		const rows = this.db
			.prepare(
				`SELECT ${ PAYMENT_COLUMNS } FROM payments p WHERE p.membership_id = ? AND p.status = 'completed' ORDER BY p.id`
			)
			.all( membershipId ) as PaymentRow[];
		return rows.map( ( row ) => this.hydrate( row ) );
	}

	/** A page of payments with names, and the total (payment-list-query.ts). */
	list( query: PaymentQuery ): { items: PaymentListItem[]; total: number } {
		return listPayments( this.db, query );
	}

	count(): number {
		return (
			this.db.prepare( 'SELECT COUNT(*) AS n FROM payments' ).get() as {
				n: number;
			}
		 ).n;
	}
}
