import { Button, SearchControl } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { listCustomers } from '../../api/customers';
import type { Customer } from '../../api/types';
import {
	ListTable,
	Pagination,
	type Column,
} from '../../components/list-table';
import { useLoad } from '../../components/load-state';
import { formatMoney } from '../../format';
import { useNotices } from '../../shell/notices';
import { Link, useRouter } from '../../shell/router';
import { useDebounced } from '../products/product-list';

const PER_PAGE = 20;

/** Customers with their wallet balance; search by name, username or email; Add New Customer. */
export function CustomerList( { pageUrl }: { pageUrl: string } ) {
	const { createNotice } = useNotices();
	const { navigate } = useRouter();
	const [ search, setSearch ] = useState( '' );
	const [ page, setPage ] = useState( 1 );
	const term = useDebounced( search );
	useEffect( () => setPage( 1 ), [ term ] );
	const loaded = useLoad(
		() => listCustomers( { search: term, page, per_page: PER_PAGE } ),
		[ term, page ]
	);
	useEffect( () => {
		if ( loaded.error ) {
			createNotice( 'error', loaded.error );
		}
	}, [ loaded.error, createNotice ] );
	const columns: Column< Customer >[] = [
		{
			id: 'name',
			label: __( 'Name', 'wu-plan-change' ),
			render: ( customer ) => (
				<Link href={ `${ pageUrl }/${ customer.id }` }>
					{ customer.display_name || customer.username }
				</Link>
			),
		},
		{
			id: 'username',
			label: __( 'Username', 'wu-plan-change' ),
			render: ( customer ) => customer.username,
		},
		{
			id: 'email',
			label: __( 'Email', 'wu-plan-change' ),
			render: ( customer ) => customer.email,
		},
		{
			id: 'wallet',
			label: __( 'Wallet balance', 'wu-plan-change' ),
			render: ( customer ) =>
				formatMoney(
					customer.wallet_balance,
					customer.currency ?? 'USD'
				),
		},
	];
	return (
		<div className="wu-list-screen">
			<div className="wu-list-toolbar">
				<Button
					variant="primary"
					onClick={ () => navigate( `${ pageUrl }/new` ) }
				>
					{ __( 'Add New Customer', 'wu-plan-change' ) }
				</Button>
				<SearchControl
					__nextHasNoMarginBottom
					label={ __( 'Search customers', 'wu-plan-change' ) }
					value={ search }
					onChange={ setSearch }
				/>
			</div>
			<ListTable
				caption={ __( 'Customers', 'wu-plan-change' ) }
				columns={ columns }
				items={ loaded.data?.items }
				busy={ loaded.loading }
				rowKey={ ( customer ) => customer.id }
				emptyMessage={
					term
						? __( 'No customers match.', 'wu-plan-change' )
						: __( 'No customers yet.', 'wu-plan-change' )
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
