import { __ } from '../i18n';
import { DomainError } from '../domain/errors';
import type { Site, SiteUsageValues } from '../domain/site';
import { billingNow, type BillingDeps } from './billing-deps';

/** Replaces a site's usage figures (admin, and the future visits ingestion). */
export function updateSiteUsage(
	deps: BillingDeps,
	siteId: number,
	usage: SiteUsageValues
): Site {
	return deps.db.transaction( () => {
		if ( ! deps.sites.find( siteId ) ) {
			throw new DomainError(
				'not_found',
				'rest_not_found',
				__( 'No site was found with that id.', 'wu-plan-change' )
			);
		}
		return deps.sites.updateUsage( siteId, usage, billingNow( deps ) );
	} )();
}
