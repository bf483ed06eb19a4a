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
/** The address of a completed payment's printable invoice (HTML, opened by the browser with its session). */
export const invoiceUrl = ( restRoot: string, id: number ) =>
	`${ restRoot.replace( /\/$/, '' ) }/wu/v2/payments/${ id }/invoice`;
