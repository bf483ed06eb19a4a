import { Button, SearchControl, SelectControl } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { listMemberships } from '../../api/memberships';
import type { Membership, MembershipStatus } from '../../api/types';
import { useCustomerMap, customerName } from '../../components/customer-names';
import {
	ListTable,
	Pagination,
	type Column,
} from '../../components/list-table';
import { useLoad } from '../../components/load-state';
import { productName, useProductMap } from '../../components/product-names';
import {
	membershipStatusLabel,
	StatusBadge,
} from '../../components/status-badge';
import { formatDate, formatMoney, formatPer } from '../../format';
import { useNotices } from '../../shell/notices';
import { Link, useRouter } from '../../shell/router';
import { useDebounced } from '../products/product-list';

const PER_PAGE = 20;
const STATUSES: MembershipStatus[] = [
	'pending',
	'trialing',
	'active',
	'on-hold',
	'expired',
	'cancelled',
];

/** The date of the next renewal charge, or null when none will come. */
export function nextCharge( membership: Membership ): string | null {
	return membership.auto_renew &&
		[ 'active', 'trialing' ].includes( membership.status )
		? membership.trial_end && membership.status === 'trialing'
			? membership.trial_end
			: membership.period_end
		: null;
}

/** The status filter of the list's address (`?status=on-hold`, as the dashboard's tiles link), or '' for all. */
export function statusFromQuery( query: string ): MembershipStatus | '' {
	const value = new URLSearchParams( query ).get( 'status' ) ?? '';
	return ( STATUSES as string[] ).includes( value )
		? ( value as MembershipStatus )
		: '';
}

/** Memberships: status, customer, plan, amount, next charge; search by customer, status filter (kept in the address). */
export function MembershipList( {
	pageUrl,
	basePath,
}: {
	pageUrl: string;
	basePath: string;
} ) {
	const { createNotice } = useNotices();
	const products = useProductMap();
	const customers = useCustomerMap();
	const { navigate, search: query } = useRouter();
	const [ search, setSearch ] = useState( '' );
	const status = statusFromQuery( query );
	// The dashboard's "Renewals that need attention" tile links here with ?renewal_error=true (RULES R5).
	const needsAttention =
		new URLSearchParams( query ).get( 'renewal_error' ) === 'true';
	const setStatus = ( next: MembershipStatus | '' ) =>
		navigate(
			next
				? `${ pageUrl }?status=${ encodeURIComponent( next ) }`
				: pageUrl,
			{ replace: true }
		);
	const [ page, setPage ] = useState( 1 );
	const term = useDebounced( search );
	useEffect( () => setPage( 1 ), [ term, status, needsAttention ] );
	const loaded = useLoad(
		() =>
			listMemberships( {
				search: term,
				status: status || undefined,
				renewal_error: needsAttention || undefined,
				page,
				per_page: PER_PAGE,
			} ),
		[ term, status, needsAttention, page ]
	);
	useEffect( () => {
		if ( loaded.error ) {
			createNotice( 'error', loaded.error );
		}
	}, [ loaded.error, createNotice ] );
	const columns: Column< Membership >[] = [
		{
			id: 'id',
			label: __( 'Membership', 'wu-plan-change' ),
			render: ( membership ) => (
				<Link
					href={ `${ pageUrl }/${ membership.id }` }
				>{ `#${ membership.id }` }</Link>
			),
		},
		{
			id: 'status',
			label: __( 'Status', 'wu-plan-change' ),
			render: ( membership ) => (
				<StatusBadge
					status={ membership.status }
					label={ membershipStatusLabel( membership.status ) }
				/>
			),
		},
		{
			id: 'customer',
			label: __( 'Customer', 'wu-plan-change' ),
			render: ( membership ) => (
				<Link
					href={ `${ basePath }customers/${ membership.customer_id }` }
				>
					{ customerName( customers, membership.customer_id ) }
				</Link>
			),
		},
		{
			id: 'plan',
			label: __( 'Plan', 'wu-plan-change' ),
			render: ( membership ) => (
				<>
					{ productName( products, membership.plan_id ) }
					{ membership.addons.length > 0 && (
						<span className="wu-badge">
							{ sprintf(
								/* translators: %d: number of add-ons */ __(
									'+%d add-ons',
									'wu-plan-change'
								),
								membership.addons.length
							) }
						</span>
					) }
				</>
			),
		},
		{
			id: 'amount',
			label: __( 'Amount', 'wu-plan-change' ),
			render: ( membership ) =>
				`${ formatMoney( membership.amount, membership.currency ) } ${ formatPer( membership.duration, membership.duration_unit ) }`,
		},
		{
			id: 'next',
			label: __( 'Next charge', 'wu-plan-change' ),
			render: ( membership ) => formatDate( nextCharge( membership ) ),
		},
	];
	return (
		<div className="wu-list-screen">
			<div className="wu-list-toolbar">
				<Button
					variant="primary"
					onClick={ () => navigate( `${ pageUrl }/new` ) }
				>
					{ __( 'Add Membership', 'wu-plan-change' ) }
				</Button>
				<SearchControl
					__nextHasNoMarginBottom
					label={ __( 'Search by customer', 'wu-plan-change' ) }
					placeholder={ __( 'Search by customer', 'wu-plan-change' ) }
					value={ search }
					onChange={ setSearch }
				/>
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
							label: membershipStatusLabel( value ),
						} ) ),
					] }
					onChange={ ( value ) =>
						setStatus( value as MembershipStatus | '' )
					}
				/>
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
			<ListTable
				caption={ __( 'Memberships', 'wu-plan-change' ) }
				columns={ columns }
				items={ loaded.data?.items }
				busy={ loaded.loading }
				rowKey={ ( membership ) => membership.id }
				emptyMessage={
					term || status || needsAttention
						? __( 'No memberships match.', 'wu-plan-change' )
						: __( 'No memberships yet.', 'wu-plan-change' )
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
