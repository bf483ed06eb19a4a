import { Notice } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';
import { scheduledOverLimitsQuery } from '../../data/queries';
import { useQuery } from '../../data/use-query';
import type {
	LimitValue,
	MembershipLimits,
	OverLimit,
	Site,
	SiteUsage,
	WireLimits,
} from '../../api/types';
import { OverLimits } from '../../components/over-limits';
import { formatDate } from '../../format';
import { UsageMeter, postTypeLabel } from '../../components/usage-meter';

function SiteMeters( {
	limits,
	usage,
}: {
	limits: WireLimits;
	usage: SiteUsage;
} ) {
	const postTypes = Array.from(
		new Set( [
			...Object.keys( limits.posts ?? {} ),
			...Object.keys( usage.posts ?? {} ),
		] )
	);
	const value = ( limit: LimitValue | undefined ): LimitValue => limit ?? 0;
	return (
		<div className="wu-site-limits__meters">
			<UsageMeter
				label={ __( 'Visits this month', 'wu-plan-change' ) }
				used={ usage.visits ?? 0 }
				limit={ value( limits.visits ) }
			/>
			<UsageMeter
				label={ __( 'Disk space', 'wu-plan-change' ) }
				used={ usage.disk_space ?? 0 }
				limit={ value( limits.disk_space ) }
				unit="mb"
				limitKey="disk_space"
			/>
			{ postTypes.map( ( type ) => (
				<UsageMeter
					key={ type }
					label={ postTypeLabel( type ) }
					used={ usage.posts?.[ type ] ?? 0 }
					limit={ limits.posts?.[ type ] ?? 'unlimited' }
					limitKey="posts"
					postType={ type }
				/>
			) ) }
			<UsageMeter
				label={ __( 'Users', 'wu-plan-change' ) }
				used={ usage.users ?? 0 }
				limit={ value( limits.users ) }
				limitKey="users"
			/>
			<UsageMeter
				label={ __( 'Custom domains', 'wu-plan-change' ) }
				used={ usage.custom_domains ?? 0 }
				limit={ value( limits.custom_domains ) }
				limitKey="custom_domains"
			/>
		</div>
	);
}

function exceeds(
	used: number | undefined,
	limit: LimitValue | undefined
): boolean {
	return typeof limit === 'number' && ( used ?? 0 ) > limit;
}

/** True when usage is above any limit (RULES L5), on the membership or on one of its sites. */
function isOver( limits: MembershipLimits, siteCount: number ): boolean {
	return (
		exceeds( siteCount, limits.limits.sites ) ||
		limits.sites.some( ( entry ) => {
			const own = entry.limits ?? limits.limits;
			const usage = entry.usage ?? {};
			return (
				exceeds( usage.disk_space, own.disk_space ) ||
				exceeds( usage.users, own.users ) ||
				exceeds( usage.custom_domains, own.custom_domains ) ||
				Object.entries( usage.posts ?? {} ).some( ( [ type, used ] ) =>
					exceeds( used, own.posts?.[ type ] )
				)
			);
		} )
	);
}

/** What the scheduled change will leave above its limits (RULES L4), loaded again after each change of the membership. */
function useScheduledOverLimits( limits: MembershipLimits | null ): {
	effectiveAt: string;
	overLimits: OverLimit[];
} | null {
	// NOTE: without the answer the section shows the limits in force, as it always did.
	const { data } = useQuery(
		limits ? scheduledOverLimitsQuery : null,
		limits?.membership_id ?? 0
	);
	return data?.effective_at
		? { effectiveAt: data.effective_at, overLimits: data.over_limits }
		: null;
}

/** The membership's sites of allowed, and per site a meter for each limit (RULES L1, L3). */
export function SiteLimits( {
	limits,
	sites,
}: {
	limits: MembershipLimits | null;
	sites: Site[];
} ) {
	const ahead = useScheduledOverLimits( limits );
	if ( ! limits ) {
		return (
			<section
				className="wu-account-section"
				aria-labelledby="wu-site-limits"
			>
				<h2 id="wu-site-limits">
					{ __( 'Site limits', 'wu-plan-change' ) }
				</h2>
				<p>
					{ __(
						'The limits could not be loaded.',
						'wu-plan-change'
					) }
				</p>
			</section>
		);
	}
	const byId = new Map( sites.map( ( site ) => [ site.id, site ] ) );
	const siteCount = Math.max( limits.sites.length, sites.length );
	return (
		<section
			className="wu-account-section"
			aria-labelledby="wu-site-limits"
		>
			<h2 id="wu-site-limits">
				{ __( 'Site limits', 'wu-plan-change' ) }
			</h2>
			<div className="wu-site-limits__total">
				<UsageMeter
					label={ __( 'Sites', 'wu-plan-change' ) }
					used={ siteCount }
					limit={ limits.limits.sites ?? 0 }
					limitKey="sites"
				/>
			</div>
			{ isOver( limits, siteCount ) && (
				<Notice
					status="warning"
					isDismissible={ false }
					className="wu-site-limits__over"
				>
					{ __(
						'Some limits are exceeded (marked “Over the limit” below). Nothing is deleted, but adding more of an exceeded limit is refused until you are back within it.',
						'wu-plan-change'
					) }
				</Notice>
			) }
			{ ahead && ahead.overLimits.length > 0 && (
				<Notice
					status="warning"
					isDismissible={ false }
					className="wu-site-limits__ahead"
				>
					<OverLimits
						limits={ ahead.overLimits }
						effectiveAt={ ahead.effectiveAt }
						siteName={ ( id ) =>
							byId.get( id )?.title || undefined
						}
						intro={ sprintf(
							/* translators: %s: a date */
							__(
								'Your scheduled change on %s lowers your limits below what you use. By then, remove:',
								'wu-plan-change'
							),
							formatDate( ahead.effectiveAt )
						) }
					/>
				</Notice>
			) }
			{ limits.sites.length === 0 && (
				<p>{ __( 'You have no sites yet.', 'wu-plan-change' ) }</p>
			) }
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
					<div
						key={ entry.site_id }
						className="wu-site-limits__site"
						role="group"
						aria-labelledby={ `wu-site-${ entry.site_id }` }
					>
						<h3 id={ `wu-site-${ entry.site_id }` }>
							{ title }
							{ site?.path && (
								<span className="wu-site-limits__path">
									{ site.path }
								</span>
							) }
						</h3>
						<SiteMeters
							limits={ entry.limits ?? limits.limits }
							usage={ entry.usage ?? site?.usage ?? {} }
						/>
					</div>
				);
			} ) }
		</section>
	);
}
