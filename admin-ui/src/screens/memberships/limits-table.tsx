import { __, sprintf } from '@wordpress/i18n';
import type { LimitValue, MembershipLimits, Site } from '../../api/types';
import {
	limitLabel,
	presentKeys,
	type LimitKey,
} from '../products/product-form/limits-tab';

function limitText( value: LimitValue | undefined ): string {
	if ( value === undefined ) {
		return '—';
	}
	return value === 'unlimited'
		? __( 'Unlimited', 'wu-plan-change' )
		: String( value );
}

function usageOf(
	site: MembershipLimits[ 'sites' ][ number ],
	key: LimitKey
): number | undefined {
	if ( key.startsWith( 'posts.' ) ) {
		return site.usage.posts?.[ key.slice( 6 ) ];
	}
	const usage = site.usage as Record< string, unknown >;
	return typeof usage[ key ] === 'number'
		? ( usage[ key ] as number )
		: undefined;
}

/** The membership's limits beside each site's usage. */
export function LimitsTable( {
	limits,
	sites,
}: {
	limits: MembershipLimits;
	sites: Site[];
} ) {
	const keys = presentKeys( limits.limits ).filter(
		( key ) => key !== 'sites'
	);
	const title = ( siteId: number ) =>
		sites.find( ( site ) => site.id === siteId )?.title ?? `#${ siteId }`;
	return (
		<table className="widefat wu-list-table">
			<caption className="screen-reader-text">
				{ __( 'Limits and usage', 'wu-plan-change' ) }
			</caption>
			<thead>
				<tr>
					<th scope="col">{ __( 'Limit', 'wu-plan-change' ) }</th>
					<th scope="col">{ __( 'Allowed', 'wu-plan-change' ) }</th>
					{ limits.sites.map( ( site ) => (
						<th scope="col" key={ site.site_id }>
							{ sprintf(
								/* translators: %s: site title */ __(
									'Used on %s',
									'wu-plan-change'
								),
								title( site.site_id )
							) }
						</th>
					) ) }
				</tr>
			</thead>
			<tbody>
				{ keys.map( ( key ) => (
					<tr key={ key }>
						<th scope="row">{ limitLabel( key ) }</th>
						<td>
							{ limitText(
								key.startsWith( 'posts.' )
									? limits.limits.posts?.[ key.slice( 6 ) ]
									: limits.limits[ key as 'sites' ]
							) }
						</td>
						{ limits.sites.map( ( site ) => (
							<td key={ site.site_id }>
								{ usageOf( site, key ) ?? 0 }
							</td>
						) ) }
					</tr>
				) ) }
				<tr>
					<th scope="row">
						{ __( 'Sites in use', 'wu-plan-change' ) }
					</th>
					<td>{ limitText( limits.limits.sites ) }</td>
					<td colSpan={ Math.max( 1, limits.sites.length ) }>
						{ limits.sites.length }
					</td>
				</tr>
			</tbody>
		</table>
	);
}
