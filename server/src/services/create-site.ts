import { __ } from '../i18n';
import { invalidParams } from '../domain/errors';
import type { Site, SiteUsageValues } from '../domain/site';
import { billingNow, type BillingDeps } from './billing-deps';
import { loadMembership } from './load';

export interface NewSite {
	membershipId: number;
	title: string;
	path: string;
	usage: SiteUsageValues;
}

/** Adds a site to a membership (admin); the path must be free. Limits are enforced by migration 0003's work, not here. */
export function createSite( deps: BillingDeps, input: NewSite ): Site {
	return deps.db.transaction( () => {
		loadMembership( deps, input.membershipId );
		if ( deps.sites.pathTaken( input.path ) ) {
			throw invalidParams( {
				path: __(
					'This path is already used by another site.',
					'wu-plan-change'
				),
			} );
		}
		return deps.sites.insert( { ...input, createdAt: billingNow( deps ) } );
	} )();
}
