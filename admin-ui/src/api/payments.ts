import { get, getPage, query, send } from './client';
import type { Payment } from './types';

export interface PaymentQuery {
	[ param: string ]: string | number | boolean | undefined;
	page?: number;
	per_page?: number;
	customer?: number;
	membership?: number;
	status?: Payment[ 'status' ] | string;
	orderby?: string;
	order?: 'asc' | 'desc';
}

export const listPayments = ( params: PaymentQuery = {} ) =>
	getPage< Payment >( `/payments${ query( { ...params } ) }` );
export const getPayment = ( id: number ) =>
	get< Payment >( `/payments/${ id }` );
/** Completes a pending manual payment (admin); the change it pays applies then. */
export const completePayment = ( id: number ) =>
	send< Payment >( 'POST', `/payments/${ id }/complete` );

/** POST /payments/{id}/refund (admin, RULES X3): `amount` in minor units (all that is left when omitted); the key makes a retried click refund once. */
export const refundPayment = (
	id: number,
	refund: { amount?: number; to: 'card' | 'wallet'; reason?: string },
	idempotencyKey: string
) =>
	send< Payment >( 'POST', `/payments/${ id }/refund`, refund, {
		'Idempotency-Key': idempotencyKey,
	} );
/** The address of a completed payment's printable invoice (HTML, opened by the browser with its session). */
export const invoiceUrl = ( restRoot: string, id: number ) =>
	`${ restRoot.replace( /\/$/, '' ) }/wu/v2/payments/${ id }/invoice`;
