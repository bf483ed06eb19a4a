import { Card, CardBody, Spinner } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';
import type { Membership, Product } from '../../api/types';
import type { Loaded } from '../../components/load-state';
import { productQuery } from '../../data/queries';
import { useQuery } from '../../data/use-query';
import { useCurrentMembership } from '../../hooks/use-current-membership';
import { useBoot } from '../../shell/boot-context';
import { Link } from '../../shell/router';
import type { ScreenProps } from '../types';

/** The plan's name, null without a membership (or when it cannot be read), undefined while loading. */
function planNameOf(
	membership: Loaded< Membership | null >,
	plan: Loaded< Product >
): string | null | undefined {
	if ( membership.error || membership.data === null || plan.error ) {
		return null;
	}
	return plan.data?.name;
}

/** The customer's dashboard (seed point 2): a welcome with the plan and the way to the Account page. */
export default function DashboardScreen( { basePath }: ScreenProps ) {
	const boot = useBoot();
	const membership = useCurrentMembership();
	const plan = useQuery(
		membership.data ? productQuery : null,
		membership.data?.plan_id ?? 0
	);
	const planName = planNameOf( membership, plan );
	const accountUrl = `${ basePath.replace( /\/$/, '' ) }/account`;
	return (
		<Card className="wu-dashboard">
			<CardBody>
				<h2>
					{ sprintf(
						/* translators: %s: the customer's display name */
						__( 'Welcome, %s!', 'wu-plan-change' ),
						boot.user?.display_name ?? ''
					) }
				</h2>
				{ planName === undefined && <Spinner /> }
				{ planName && (
					<p>
						{ sprintf(
							/* translators: %s: a plan's name */
							__( 'You are on the %s plan.', 'wu-plan-change' ),
							planName
						) }
					</p>
				) }
				<p>
					{ __(
						'To upgrade your plan, or to buy a service or package such as unlimited visits or more disk space, open your Account page.',
						'wu-plan-change'
					) }
				</p>
				<p>
					<Link
						href={ accountUrl }
						className="components-button is-secondary"
					>
						{ __( 'Go to your Account page', 'wu-plan-change' ) }
					</Link>
				</p>
			</CardBody>
		</Card>
	);
}
