import type { Field, View } from '@wordpress/dataviews';
import { useEffect } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import type { Payment } from '../../api/types';
import {
	DataList,
	restQuery,
	useListView,
	type ListSpec,
} from '../../components/data-list';
import {
	customerField,
	idField,
	statusField,
} from '../../components/data-list/common-fields';
import { paymentStatusLabel } from '../../components/status-badge';
import { paymentsQuery } from '../../data/queries';
import { useQuery } from '../../data/use-query';
import { formatDate, formatMoney } from '../../format';
import { useNotices } from '../../shell/notices';
import { Link } from '../../shell/router';

const STATUSES: Payment[ 'status' ][] = [
	'pending',
	'completed',
	'failed',
	'refunded',
	'partially_refunded',
];
const SPEC: ListSpec = { filters: [ 'status' ], perPage: 20 };
const INITIAL: View = {
	type: 'table',
	fields: [
		'status',
		'customer_name',
		'membership',
		'total',
		'gateway',
		'created_at',
	],
	titleField: 'id',
	sort: { field: 'id', direction: 'desc' },
	layout: {},
};

function paymentFields(
	pageUrl: string,
	basePath: string
): Field< Payment >[] {
	return [
		idField< Payment >( __( 'Payment', 'wu-plan-change' ), pageUrl ),
		statusField< Payment[ 'status' ], Payment >(
			STATUSES,
			paymentStatusLabel
		),
		customerField< Payment >( basePath ),
		{
			id: 'membership',
			label: __( 'Membership', 'wu-plan-change' ),
			enableSorting: false,
			render: ( { item } ) =>
				item.membership_id ? (
					<Link
						href={ `${ basePath }memberships/${ item.membership_id }` }
					>{ `#${ item.membership_id }` }</Link>
				) : (
					'—'
				),
		},
		{
			id: 'total',
			type: 'integer',
			label: __( 'Total', 'wu-plan-change' ),
			render: ( { item } ) => formatMoney( item.total, item.currency ),
		},
		{
			id: 'gateway',
			label: __( 'Gateway', 'wu-plan-change' ),
			enableSorting: false,
		},
		{
			id: 'created_at',
			label: __( 'Date', 'wu-plan-change' ),
			render: ( { item } ) => formatDate( item.created_at ),
		},
	];
}

/** Payments on DataViews, newest first: paged, sorted and filtered by status on the server. */
export function PaymentList( {
	pageUrl,
	basePath,
}: {
	pageUrl: string;
	basePath: string;
} ) {
	const { createNotice } = useNotices();
	const [ view, setView ] = useListView( pageUrl, INITIAL, SPEC );
	const loaded = useQuery( paymentsQuery, restQuery( view, SPEC ) );
	useEffect( () => {
		if ( loaded.error ) {
			createNotice( 'error', loaded.error );
		}
	}, [ loaded.error, createNotice ] );
	return (
		<div className="wu-list-screen">
			<DataList
				label={ __( 'Payments', 'wu-plan-change' ) }
				data={ loaded.data?.items ?? [] }
				fields={ paymentFields( pageUrl, basePath ) }
				view={ view }
				onChangeView={ setView }
				total={ loaded.data?.total ?? 0 }
				totalPages={ loaded.data?.totalPages ?? 0 }
				isLoading={ loaded.loading }
				getItemId={ ( payment ) => String( payment.id ) }
				empty={
					view.filters?.length
						? __( 'No payments match.', 'wu-plan-change' )
						: __( 'No payments yet.', 'wu-plan-change' )
				}
			/>
		</div>
	);
}
