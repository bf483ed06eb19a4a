import { get, getPage, query } from './client';
import type { Site } from './types';

export const listSites = ( params: { membership_id?: number; customer?: number; page?: number; per_page?: number } = {} ) =>
	getPage< Site >( `/sites${ query( { ...params } ) }` );
export const getSite = ( id: number ) => get< Site >( `/sites/${ id }` );

/** The sites of one membership (the server filters `/sites` by `membership`). */
export const listMembershipSites = ( membershipId: number ) => getPage< Site >( `/sites${ query( { membership: membershipId, per_page: 100 } ) }` );
