import { get, getPage, query, send } from './client';
import type { Customer, WalletEntry } from './types';

/** The body of POST /customers and PUT /customers/{id}; the password is write-only. */
export interface CustomerWrite {
	username?: string;
	email?: string;
	display_name?: string;
	password?: string;
}

export const listCustomers = (
	params: Record< string, string | number | boolean | undefined > = {}
) => getPage< Customer >( `/customers${ query( { ...params } ) }` );
export const getCustomer = ( id: number ) =>
	get< Customer >( `/customers/${ id }` );
export const createCustomer = ( data: CustomerWrite ) =>
	send< Customer >( 'POST', '/customers', data );
export const updateCustomer = ( id: number, data: CustomerWrite ) =>
	send< Customer >( 'PUT', `/customers/${ id }`, data );

/** A page of the customer's wallet ledger, newest first. */
export const listWalletEntries = (
	id: number,
	params: { page?: number; per_page?: number } = {}
) =>
	getPage< WalletEntry >(
		`/customers/${ id }/wallet${ query( { ...params } ) }`
	);
