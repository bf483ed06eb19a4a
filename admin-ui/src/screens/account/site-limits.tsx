import { __, sprintf } from '@wordpress/i18n';
import type { LimitValue, MembershipLimits, Site, SiteUsage, WireLimits } from '../../api/types';
import { UsageMeter, postTypeLabel } from '../../components/usage-meter';

function SiteMeters( { limits, usage }: { limits: WireLimits; usage: SiteUsage } ) {
	const postTypes = Array.from( new Set( [ ...Object.keys( limits.posts ?? {} ), ...Object.keys( usage.posts ?? {} ) ] ) );
	const value = ( limit: LimitValue | undefined ): LimitValue => limit ?? 0;
	return (
		<div className="wu-site-limits__meters">
			<UsageMeter label={ __( 'Visits this month', 'wu-plan-change' ) } used={ usage.visits ?? 0 } limit={ value( limits.visits ) } />
			<UsageMeter label={ __( 'Disk space', 'wu-plan-change' ) } used={ usage.disk_space ?? 0 } limit={ value( limits.disk_space ) } unit="mb" />
			{ postTypes.map( ( type ) => (
				<UsageMeter key={ type } label={ postTypeLabel( type ) } used={ usage.posts?.[ type ] ?? 0 } limit={ limits.posts?.[ type ] ?? 'unlimited' } />
			) ) }
			<UsageMeter label={ __( 'Users', 'wu-plan-change' ) } used={ usage.users ?? 0 } limit={ value( limits.users ) } />
			<UsageMeter label={ __( 'Custom domains', 'wu-plan-change' ) } used={ usage.custom_domains ?? 0 } limit={ value( limits.custom_domains ) } />
		</div>
	);
}

/** The membership's sites of allowed, and per site a meter for each limit (RULES L1, L3). */
export function SiteLimits( { limits, sites }: { limits: MembershipLimits | null; sites: Site[] } ) {
	if ( ! limits ) {
		return (
			<section className="wu-account-section" aria-labelledby="wu-site-limits">
				<h2 id="wu-site-limits">{ __( 'Site limits', 'wu-plan-change' ) }</h2>
				<p>{ __( 'The limits could not be loaded.', 'wu-plan-change' ) }</p>
			</section>
		);
	}
	const byId = new Map( sites.map( ( site ) => [ site.id, site ] ) );
	const siteCount = Math.max( limits.sites.length, sites.length );
	return (
		<section className="wu-account-section" aria-labelledby="wu-site-limits">
			<h2 id="wu-site-limits">{ __( 'Site limits', 'wu-plan-change' ) }</h2>
			<div className="wu-site-limits__total">
				<UsageMeter label={ __( 'Sites', 'wu-plan-change' ) } used={ siteCount } limit={ limits.limits.sites ?? 0 } />
			</div>
			{ limits.sites.length === 0 && <p>{ __( 'You have no sites yet.', 'wu-plan-change' ) }</p> }
			{ limits.sites.map( ( entry ) => {
				const site = byId.get( entry.site_id );
				const title =
					site?.title ||
					sprintf(
						/* translators: %d: a site id */
						__( 'Site #%d', 'wu-plan-change' ),
						entry.site_id
					);
				return (
					<div key={ entry.site_id } className="wu-site-limits__site" role="group" aria-labelledby={ `wu-site-${ entry.site_id }` }>
						<h3 id={ `wu-site-${ entry.site_id }` }>
							{ title }
							{ site?.path && <span className="wu-site-limits__path">{ site.path }</span> }
						</h3>
						<SiteMeters limits={ entry.limits ?? limits.limits } usage={ entry.usage ?? site?.usage ?? {} } />
					</div>
				);
			} ) }
		</section>
	);
}
