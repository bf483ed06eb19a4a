import { SelectControl } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { listPayments } from '../../api/payments';
import type { Payment } from '../../api/types';
import { customerName, useCustomerMap } from '../../components/customer-names';
import {
	ListTable,
	Pagination,
	type Column,
} from '../../components/list-table';
import { useLoad } from '../../components/load-state';
import { paymentStatusLabel, StatusBadge } from '../../components/status-badge';
import { formatDate, formatMoney } from '../../format';
import { useNotices } from '../../shell/notices';
import { Link } from '../../shell/router';

const PER_PAGE = 20;
const STATUSES: Payment[ 'status' ][] = [
	'pending',
	'completed',
	'failed',
	'refunded',
];

/** Payments, newest first, filtered by status. */
export function PaymentList( {
	pageUrl,
	basePath,
}: {
	pageUrl: string;
	basePath: string;
} ) {
	const { createNotice } = useNotices();
	const customers = useCustomerMap();
	const [ status, setStatus ] = useState< Payment[ 'status' ] | '' >( '' );
	const [ page, setPage ] = useState( 1 );
	useEffect( () => setPage( 1 ), [ status ] );
	const loaded = useLoad(
		() =>
			listPayments( {
				status: status || undefined,
				page,
				per_page: PER_PAGE,
				orderby: 'id',
				order: 'desc',
			} ),
		[ status, page ]
	);
	useEffect( () => {
		if ( loaded.error ) {
			createNotice( 'error', loaded.error );
		}
	}, [ loaded.error, createNotice ] );
	const columns: Column< Payment >[] = [
		{
			id: 'id',
			label: __( 'Payment', 'wu-plan-change' ),
			render: ( payment ) => (
				<Link
					href={ `${ pageUrl }/${ payment.id }` }
				>{ `#${ payment.id }` }</Link>
			),
		},
		{
			id: 'status',
			label: __( 'Status', 'wu-plan-change' ),
			render: ( payment ) => (
				<StatusBadge
					status={ payment.status }
					label={ paymentStatusLabel( payment.status ) }
				/>
			),
		},
		{
			id: 'customer',
			label: __( 'Customer', 'wu-plan-change' ),
			render: ( payment ) => (
				<Link
					href={ `${ basePath }customers/${ payment.customer_id }` }
				>
					{ customerName( customers, payment.customer_id ) }
				</Link>
			),
		},
		{
			id: 'membership',
			label: __( 'Membership', 'wu-plan-change' ),
			render: ( payment ) =>
				payment.membership_id ? (
					<Link
						href={ `${ basePath }memberships/${ payment.membership_id }` }
					>{ `#${ payment.membership_id }` }</Link>
				) : (
					'—'
				),
		},
		{
			id: 'total',
			label: __( 'Total', 'wu-plan-change' ),
			render: ( payment ) =>
				formatMoney( payment.total, payment.currency ),
		},
		{
			id: 'gateway',
			label: __( 'Gateway', 'wu-plan-change' ),
			render: ( payment ) => payment.gateway,
		},
		{
			id: 'date',
			label: __( 'Date', 'wu-plan-change' ),
			render: ( payment ) => formatDate( payment.created_at ),
		},
	];
	return (
		<div className="wu-list-screen">
			<div className="wu-list-toolbar">
				<SelectControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					label={ __( 'Status', 'wu-plan-change' ) }
					value={ status }
					options={ [
						{
							value: '',
							label: __( 'All statuses', 'wu-plan-change' ),
						},
						...STATUSES.map( ( value ) => ( {
							value,
							label: paymentStatusLabel( value ),
						} ) ),
					] }
					onChange={ ( value ) =>
						setStatus( value as Payment[ 'status' ] | '' )
					}
				/>
			</div>
			<ListTable
				caption={ __( 'Payments', 'wu-plan-change' ) }
				columns={ columns }
				items={ loaded.data?.items }
				busy={ loaded.loading }
				rowKey={ ( payment ) => payment.id }
				emptyMessage={
					status
						? __( 'No payments match.', 'wu-plan-change' )
						: __( 'No payments yet.', 'wu-plan-change' )
				}
			/>
			{ loaded.data && (
				<Pagination
					page={ page }
					total={ loaded.data.total }
					totalPages={ loaded.data.totalPages }
					onChange={ setPage }
				/>
			) }
		</div>
	);
}
