import { Notice } from '@wordpress/components';
import { __, _n, sprintf } from '@wordpress/i18n';
import { listMemberships } from '../../api/memberships';
import { listProducts } from '../../api/products';
import type { Membership, MembershipStatus } from '../../api/types';
import { LoadState } from '../../components/load-state';
import { TAGS } from '../../data/queries';
import { defineQuery, useQuery } from '../../data/use-query';
import { membershipStatusLabel } from '../../components/status-badge';
import { Link } from '../../shell/router';
import type { ScreenProps } from '../types';
import { MrrTile } from './mrr-tile';

const STATUSES: MembershipStatus[] = [
	'active',
	'trialing',
	'pending',
	'on-hold',
	'expired',
	'cancelled',
];

interface Counts {
	products: number;
	plans: number;
	memberships: { status: MembershipStatus; total: number }[];
	/** Memberships whose renewal could not be processed (RULES R5): how many, and the first few. */
	attention: { total: number; first: Membership[] };
}

const ATTENTION_SHOWN = 5;

/** Totals from one-item pages (`X-WP-Total`), so the dashboard stays cheap. */
async function loadCounts(): Promise< Counts > {
	const [ products, plans, attention, ...byStatus ] = await Promise.all( [
		listProducts( { per_page: 1 } ),
		listProducts( { per_page: 1, type: 'plan' } ),
		listMemberships( { per_page: ATTENTION_SHOWN, renewal_error: true } ),
		...STATUSES.map( ( status ) =>
			listMemberships( { per_page: 1, status } )
		),
	] );
	return {
		products: products.total,
		plans: plans.total,
		memberships: STATUSES.map( ( status, index ) => ( {
			status,
			total: byStatus[ index ].total,
		} ) ),
		attention: { total: attention.total, first: attention.items },
	};
}

/** A tile: the whole tile is the link, named by its label and number ("Active, 3"). */
function Count( {
	label,
	value,
	href,
}: {
	label: string;
	value: number;
	href: string;
} ) {
	return (
		<li className="wu-count">
			<Link href={ href } className="wu-count__link">
				<span className="wu-count__number">{ value }</span>
				<span className="wu-count__label">{ label }</span>
			</Link>
		</li>
	);
}

/** The memberships whose renewal could not be processed, each linked to its page where it is repaired (RULES R5). */
function RenewalsAttention( {
	attention,
	basePath,
}: {
	attention: Counts[ 'attention' ];
	basePath: string;
} ) {
	if ( attention.total === 0 ) {
		return null;
	}
	return (
		<Notice
			status="error"
			isDismissible={ false }
			className="wu-renewals-attention"
		>
			<p>
				{ sprintf(
					/* translators: %d: number of memberships */
					_n(
						'%d renewal could not be processed and is skipped until the membership is repaired:',
						'%d renewals could not be processed and are skipped until the memberships are repaired:',
						attention.total,
						'wu-plan-change'
					),
					attention.total
				) }
			</p>
			<ul>
				{ attention.first.map( ( membership ) => (
					<li key={ membership.id }>
						<Link
							href={ `${ basePath }memberships/${ membership.id }` }
						>
							{ sprintf(
								/* translators: %d: membership id */ __(
									'Membership #%d',
									'wu-plan-change'
								),
								membership.id
							) }
						</Link>
						{ membership.renewal_error
							? `: ${ membership.renewal_error.message }`
							: '' }
					</li>
				) ) }
			</ul>
		</Notice>
	);
}

const countsQuery = defineQuery( 'network-counts', loadCounts, [
	TAGS.memberships,
	TAGS.products,
] );

/** The network dashboard: MRR and its 30-day change, how many products and memberships, by status, and the renewals that need attention. */
export default function NetworkDashboard( { basePath }: ScreenProps ) {
	const loaded = useQuery( countsQuery );
	return (
		<LoadState loaded={ loaded }>
			{ ( counts ) => (
				<>
					<RenewalsAttention
						attention={ counts.attention }
						basePath={ basePath }
					/>
					<h2>{ __( 'Revenue', 'wu-plan-change' ) }</h2>
					<MrrTile basePath={ basePath } />
					<h2>{ __( 'Catalogue', 'wu-plan-change' ) }</h2>
					<ul className="wu-cards">
						<Count
							label={ __( 'Products', 'wu-plan-change' ) }
							value={ counts.products }
							href={ `${ basePath }products` }
						/>
						<Count
							label={ __( 'Plans', 'wu-plan-change' ) }
							value={ counts.plans }
							href={ `${ basePath }plan-groups` }
						/>
					</ul>
					<h2>{ __( 'Memberships', 'wu-plan-change' ) }</h2>
					<ul className="wu-cards">
						{ counts.memberships.map( ( { status, total } ) => (
							<Count
								key={ status }
								label={ membershipStatusLabel( status ) }
								value={ total }
								href={ `${ basePath }memberships?status=${ status }` }
							/>
						) ) }
						<Count
							label={ __(
								'Renewals that need attention',
								'wu-plan-change'
							) }
							value={ counts.attention.total }
							href={ `${ basePath }memberships?renewal_error=true` }
						/>
					</ul>
				</>
			) }
		</LoadState>
	);
}
