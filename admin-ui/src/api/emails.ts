import { get, getPage, query } from './client';
import type { Email } from './types';

export interface EmailQuery {
	[ param: string ]: string | number | boolean | undefined;
	page?: number;
	per_page?: number;
	customer?: number;
	status?: Email[ 'status' ] | string;
	search?: string;
	order?: 'asc' | 'desc';
}

/** The e-mails to customers, newest first (admin). */
export const listEmails = ( params: EmailQuery = {} ) =>
	getPage< Email >( `/emails${ query( { ...params } ) }` );
/** One e-mail with both its parts (admin). */
export const getEmail = ( id: number ) => get< Email >( `/emails/${ id }` );
