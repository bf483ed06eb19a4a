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

/** PUT /customers/{id} with a test card: keeps it for renewals without a charge (any time, not only on hold). */
export const saveCard = ( id: number, number: string ) =>
	send< Customer >( 'PUT', `/customers/${ id }`, {
		payment_method: { type: 'test_card', number },
	} );

/** POST /customers/{id}/wallet (admin, RULES X4): a signed amount in minor units with a reason; 400 on `amount` below a 0 balance. */
export const adjustWallet = ( id: number, amount: number, reason: string ) =>
	send< { entry: WalletEntry; customer: Customer } >(
		'POST',
		`/customers/${ id }/wallet`,
		{ amount, reason }
	);
