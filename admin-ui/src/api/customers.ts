import { get, getPage, query, send } from './client';
import type { Customer } from './types';

export const listCustomers = ( params: { page?: number; per_page?: number; search?: string } = {} ) =>
	getPage< Customer >( `/customers${ query( { ...params } ) }` );
export const getCustomer = ( id: number ) => get< Customer >( `/customers/${ id }` );
export const createCustomer = ( data: Partial< Customer > & { password?: string } ) => send< Customer >( 'POST', '/customers', data );
export const updateCustomer = ( id: number, data: Partial< Customer > & { password?: string } ) => send< Customer >( 'PUT', `/customers/${ id }`, data );
