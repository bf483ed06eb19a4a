import { Button } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';
import type { Product } from '../../api/types';
import { LoadState } from '../../components/load-state';
import { catalogueQuery } from '../../data/queries';
import { useQuery } from '../../data/use-query';
import { Link, useRouter } from '../../shell/router';
import { priceLabel } from '../products/product-labels';
import type { ScreenProps } from '../types';
import { isUpgrade, movesFrom, planLanes, type Lane } from './lanes';

function productsUrl( basePath: string, id?: number ): string {
	return `${ basePath }products${ id === undefined ? '' : `/${ id }` }`;
}

/** The two paths between neighbouring plans, named by price per day (RULES K4), not by order. */
function Arrow( { from, to }: { from: Product; to: Product } ) {
	const upgrade = __( 'upgrade', 'wu-plan-change' );
	const downgrade = __( 'downgrade', 'wu-plan-change' );
	const forward = isUpgrade( from, to );
	return (
		<span className="wu-lane__arrow" aria-hidden="true">
			<span>{ forward ? upgrade : downgrade }</span>
			<svg width="36" height="20" viewBox="0 0 36 20">
				<path
					d="M2 6h28l-5-4M34 14H6l5 4"
					stroke="currentColor"
					strokeWidth="2"
					fill="none"
				/>
			</svg>
			<span>{ forward ? downgrade : upgrade }</span>
		</span>
	);
}

function PlanNode( {
	plan,
	lane,
	basePath,
}: {
	plan: Product;
	lane: Lane;
	basePath: string;
} ) {
	const moves = movesFrom( lane, plan );
	return (
		<Link
			href={ productsUrl( basePath, plan.id ) }
			className={ `wu-plan-node${ plan.active ? '' : ' wu-plan-node--inactive' }` }
		>
			<strong>{ plan.name }</strong>
			<span>{ priceLabel( plan ) }</span>
			<span className="screen-reader-text">
				{ moves.length > 0
					? sprintf(
							/* translators: %s: comma-separated plan names */ __(
								'Members may move to: %s.',
								'wu-plan-change'
							),
							moves.map( ( other ) => other.name ).join( ', ' )
						)
					: __(
							'Members are offered no other plan.',
							'wu-plan-change'
						) }
			</span>
			{ ! plan.active && (
				<span className="wu-badge">
					{ __( 'Inactive: not offered', 'wu-plan-change' ) }
				</span>
			) }
		</Link>
	);
}

function LaneView( { lane, basePath }: { lane: Lane; basePath: string } ) {
	const headingId = `wu-lane-${ lane.name ? lane.name.replace( /\W+/g, '-' ) : 'none' }`;
	const active = lane.plans.filter( ( plan ) => plan.active );
	return (
		<section className="wu-lane" aria-labelledby={ headingId }>
			<h2 id={ headingId }>
				{ lane.name || __( 'No group', 'wu-plan-change' ) }
			</h2>
			<p className="description">
				{ lane.name
					? __(
							'Members of a plan in this group are offered every other active plan of the group, and no other plan.',
							'wu-plan-change'
						)
					: __(
							'Members of a plan without a group are offered the other active plans without a group.',
							'wu-plan-change'
						) }
			</p>
			{ lane.plans.length === 0 ? (
				<p>
					{ __( 'Every plan belongs to a group.', 'wu-plan-change' ) }
				</p>
			) : (
				<ol className="wu-lane__plans">
					{ lane.plans.map( ( plan, index ) => (
						<li key={ plan.id } className="wu-lane__plan">
							{ index > 0 && (
								<Arrow
									from={ lane.plans[ index - 1 ] }
									to={ plan }
								/>
							) }
							<PlanNode
								plan={ plan }
								lane={ lane }
								basePath={ basePath }
							/>
						</li>
					) ) }
				</ol>
			) }
			{ active.length === 1 && (
				<p className="wu-lane__paths">
					{ __(
						'A family of one: its members are offered no other plan.',
						'wu-plan-change'
					) }
				</p>
			) }
		</section>
	);
}

/** Plan Groups: each family a lane of plans in Product Order with its up- and downgrade paths. */
export default function PlanGroupsScreen( { basePath }: ScreenProps ) {
	const { navigate } = useRouter();
	const loaded = useQuery( catalogueQuery );
	return (
		<div className="wu-plan-groups">
			<p>
				{ __(
					'Set a plan’s group and order on its Up & Downgrades tab. Arrows join the plans a member may switch between, lowest Product Order first.',
					'wu-plan-change'
				) }
			</p>
			<LoadState loaded={ loaded }>
				{ ( catalogue ) =>
					catalogue.some( ( product ) => product.type === 'plan' ) ? (
						<div className="wu-lanes">
							{ planLanes( catalogue ).map( ( lane ) => (
								<LaneView
									key={ lane.name || '-' }
									lane={ lane }
									basePath={ basePath }
								/>
							) ) }
						</div>
					) : (
						<div className="wu-panel">
							<p>
								{ __(
									'There are no plans yet.',
									'wu-plan-change'
								) }
							</p>
							<Button
								variant="primary"
								onClick={ () =>
									navigate(
										productsUrl( basePath, undefined ) +
											'/new'
									)
								}
							>
								{ __( 'Add New Product', 'wu-plan-change' ) }
							</Button>
						</div>
					)
				}
			</LoadState>
		</div>
	);
}
