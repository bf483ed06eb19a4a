import { get, getPage, query, send } from './client';
import type { Product } from './types';

export interface ProductQuery {
	[ param: string ]: string | number | boolean | undefined;
	page?: number;
	per_page?: number;
	search?: string;
	type?: Product[ 'type' ] | string;
	status?: 'active' | 'inactive' | string;
	orderby?: string;
	order?: 'asc' | 'desc';
}

/** A page of products (admins see inactive ones too). */
export const listProducts = ( params: ProductQuery = {} ) =>
	getPage< Product >( `/products${ query( { ...params } ) }` );
export const getProduct = ( id: number ) =>
	get< Product >( `/products/${ id }` );
export const createProduct = ( data: Partial< Product > ) =>
	send< Product >( 'POST', '/products', data );
export const updateProduct = ( id: number, data: Partial< Product > ) =>
	send< Product >( 'PUT', `/products/${ id }`, data );
export const deleteProduct = ( id: number ) =>
	send< unknown >( 'DELETE', `/products/${ id }` );

/** GET /plan-groups: each group with its plans in Product Order. */
export interface PlanGroup {
	name: string;
	plans: Product[];
	[ key: string ]: unknown;
}
export const listPlanGroups = () => get< PlanGroup[] >( '/plan-groups' );
