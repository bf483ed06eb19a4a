import { get, getPage, query } from './client';
import type { Site } from './types';

export interface SiteQuery {
	page?: number;
	per_page?: number;
	/** Only the sites of this membership. */
	membership?: number;
	/** Only the sites of this customer's memberships (admin; a customer always gets their own). */
	customer?: number;
}

export const listSites = ( params: SiteQuery = {} ) =>
	getPage< Site >( `/sites${ query( { ...params } ) }` );
export const getSite = ( id: number ) => get< Site >( `/sites/${ id }` );
