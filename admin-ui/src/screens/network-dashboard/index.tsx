import { __ } from '@wordpress/i18n';
import { listMemberships } from '../../api/memberships';
import { listProducts } from '../../api/products';
import type { MembershipStatus } from '../../api/types';
import { LoadState, useLoad } from '../../components/load-state';
import { membershipStatusLabel } from '../../components/status-badge';
import { Link } from '../../shell/router';
import type { ScreenProps } from '../types';

const STATUSES: MembershipStatus[] = [ 'active', 'trialing', 'pending', 'on-hold', 'expired', 'cancelled' ];

interface Counts {
	products: number;
	plans: number;
	memberships: { status: MembershipStatus; total: number }[];
}

/** Totals from one-item pages (`X-WP-Total`), so the dashboard stays cheap. */
async function loadCounts(): Promise< Counts > {
	const [ products, plans, ...byStatus ] = await Promise.all( [
		listProducts( { per_page: 1 } ),
		listProducts( { per_page: 1, type: 'plan' } ),
		...STATUSES.map( ( status ) => listMemberships( { per_page: 1, status } ) ),
	] );
	return { products: products.total, plans: plans.total, memberships: STATUSES.map( ( status, index ) => ( { status, total: byStatus[ index ].total } ) ) };
}

/** A tile: the whole tile is the link, named by its label and number ("Active, 3"). */
function Count( { label, value, href }: { label: string; value: number; href: string } ) {
	return (
		<li className="wu-count">
			<Link href={ href } className="wu-count__link">
				<span className="wu-count__number">{ value }</span>
				<span className="wu-count__label">{ label }</span>
			</Link>
		</li>
	);
}

/** The network dashboard: how many products and memberships, by status. */
export default function NetworkDashboard( { basePath }: ScreenProps ) {
	const loaded = useLoad( loadCounts, [] );
	return (
		<LoadState loaded={ loaded }>
			{ ( counts ) => (
				<>
					<h2>{ __( 'Catalogue', 'wu-plan-change' ) }</h2>
					<ul className="wu-cards">
						<Count label={ __( 'Products', 'wu-plan-change' ) } value={ counts.products } href={ `${ basePath }products` } />
						<Count label={ __( 'Plans', 'wu-plan-change' ) } value={ counts.plans } href={ `${ basePath }plan-groups` } />
					</ul>
					<h2>{ __( 'Memberships', 'wu-plan-change' ) }</h2>
					<ul className="wu-cards">
						{ counts.memberships.map( ( { status, total } ) => (
							<Count key={ status } label={ membershipStatusLabel( status ) } value={ total } href={ `${ basePath }memberships?status=${ status }` } />
						) ) }
					</ul>
				</>
			) }
		</LoadState>
	);
}
