import { Card, CardBody, Spinner } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { listMemberships } from '../../api/memberships';
import { getProduct } from '../../api/products';
import { useBoot } from '../../shell/boot-context';
import { Link } from '../../shell/router';
import type { ScreenProps } from '../types';

/** The customer's dashboard (seed point 2): a welcome with the plan and the way to the Account page. */
export default function DashboardScreen( { basePath }: ScreenProps ) {
	const boot = useBoot();
	const [ planName, setPlanName ] = useState< string | null | undefined >(
		undefined
	);
	useEffect( () => {
		let live = true;
		listMemberships( { per_page: 100 } )
			.then( async ( page ) => {
				const membership =
					page.items.find(
						( m ) =>
							m.status !== 'cancelled' && m.status !== 'expired'
					) ?? page.items[ 0 ];
				const plan = membership
					? await getProduct( membership.plan_id )
					: null;
				if ( live ) {
					setPlanName( plan?.name ?? null );
				}
			} )
			.catch( () => live && setPlanName( null ) );
		return () => {
			live = false;
		};
	}, [] );
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
