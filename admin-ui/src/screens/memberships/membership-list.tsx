import { Button } from '@wordpress/components';
import type { View } from '@wordpress/dataviews';
import { useEffect } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import {
	DataList,
	restQuery,
	useListView,
	type ListSpec,
} from '../../components/data-list';
import { membershipsQuery } from '../../data/queries';
import { useQuery } from '../../data/use-query';
import { useNotices } from '../../shell/notices';
import { Link, useRouter } from '../../shell/router';
import { membershipFields } from './membership-fields';

export { nextCharge } from './membership-fields';

const SPEC: ListSpec = { filters: [ 'status', 'renewal_error' ], perPage: 20 };
const INITIAL: View = {
	type: 'table',
	fields: [ 'status', 'customer_name', 'plan_name', 'amount', 'period_end' ],
	titleField: 'id',
	layout: {},
};

/** Memberships on DataViews: paged, sorted, searched (by customer) and filtered by the server; the view stays in the address. */
export function MembershipList( {
	pageUrl,
	basePath,
}: {
	pageUrl: string;
	basePath: string;
} ) {
	const { createNotice } = useNotices();
	const { navigate } = useRouter();
	const [ view, setView ] = useListView( pageUrl, INITIAL, SPEC );
	const loaded = useQuery( membershipsQuery, restQuery( view, SPEC ) );
	useEffect( () => {
		if ( loaded.error ) {
			createNotice( 'error', loaded.error );
		}
	}, [ loaded.error, createNotice ] );
	// The dashboard's "Renewals that need attention" tile links here with ?renewal_error=true (RULES R5).
	const needsAttention = view.filters?.some(
		( filter ) => filter.field === 'renewal_error'
	);
	const filtered = Boolean( view.search ) || !! view.filters?.length;
	return (
		<div className="wu-list-screen">
			<div className="wu-list-toolbar">
				<Button
					variant="primary"
					onClick={ () => navigate( `${ pageUrl }/new` ) }
				>
					{ __( 'Add Membership', 'wu-plan-change' ) }
				</Button>
			</div>
			{ needsAttention && (
				<p className="wu-list-filter-note">
					{ __(
						'Showing only the memberships whose renewal could not be processed.',
						'wu-plan-change'
					) }{ ' ' }
					<Link href={ pageUrl }>
						{ __( 'Show all memberships', 'wu-plan-change' ) }
					</Link>
				</p>
			) }
			<DataList
				label={ __( 'Memberships', 'wu-plan-change' ) }
				data={ loaded.data?.items ?? [] }
				fields={ membershipFields( pageUrl, basePath ) }
				view={ view }
				onChangeView={ setView }
				total={ loaded.data?.total ?? 0 }
				totalPages={ loaded.data?.totalPages ?? 0 }
				isLoading={ loaded.loading }
				getItemId={ ( membership ) => String( membership.id ) }
				empty={
					filtered
						? __( 'No memberships match.', 'wu-plan-change' )
						: __( 'No memberships yet.', 'wu-plan-change' )
				}
			/>
		</div>
	);
}
