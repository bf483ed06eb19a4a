import { Button } from '@wordpress/components';
import type { Field, View } from '@wordpress/dataviews';
import { useEffect } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import type { Customer } from '../../api/types';
import {
	DataList,
	restQuery,
	useListView,
	type ListSpec,
} from '../../components/data-list';
import { customersQuery } from '../../data/queries';
import { useQuery } from '../../data/use-query';
import { formatMoney } from '../../format';
import { useNotices } from '../../shell/notices';
import { Link, useRouter } from '../../shell/router';

const SPEC: ListSpec = { filters: [], perPage: 20 };
const INITIAL: View = {
	type: 'table',
	fields: [ 'username', 'email', 'wallet_balance' ],
	titleField: 'display_name',
	layout: {},
};

function customerFields( pageUrl: string ): Field< Customer >[] {
	return [
		{
			id: 'display_name',
			label: __( 'Name', 'wu-plan-change' ),
			enableHiding: false,
			getValue: ( { item } ) => item.display_name || item.username,
			render: ( { item } ) => (
				<Link href={ `${ pageUrl }/${ item.id }` }>
					{ item.display_name || item.username }
				</Link>
			),
		},
		{ id: 'username', label: __( 'Username', 'wu-plan-change' ) },
		{ id: 'email', label: __( 'Email', 'wu-plan-change' ) },
		{
			id: 'wallet_balance',
			type: 'integer',
			label: __( 'Wallet balance', 'wu-plan-change' ),
			render: ( { item } ) =>
				formatMoney( item.wallet_balance, item.currency ?? 'USD' ),
		},
	];
}

/** Customers on DataViews with their wallet balance: paged, sorted and searched (name, username, email) on the server. */
export function CustomerList( { pageUrl }: { pageUrl: string } ) {
	const { createNotice } = useNotices();
	const { navigate } = useRouter();
	const [ view, setView ] = useListView( pageUrl, INITIAL, SPEC );
	const loaded = useQuery( customersQuery, restQuery( view, SPEC ) );
	useEffect( () => {
		if ( loaded.error ) {
			createNotice( 'error', loaded.error );
		}
	}, [ loaded.error, createNotice ] );
	return (
		<div className="wu-list-screen">
			<div className="wu-list-toolbar">
				<Button
					variant="primary"
					onClick={ () => navigate( `${ pageUrl }/new` ) }
				>
					{ __( 'Add New Customer', 'wu-plan-change' ) }
				</Button>
			</div>
			<DataList
				label={ __( 'Customers', 'wu-plan-change' ) }
				data={ loaded.data?.items ?? [] }
				fields={ customerFields( pageUrl ) }
				view={ view }
				onChangeView={ setView }
				total={ loaded.data?.total ?? 0 }
				totalPages={ loaded.data?.totalPages ?? 0 }
				isLoading={ loaded.loading }
				getItemId={ ( customer ) => String( customer.id ) }
				empty={
					view.search
						? __( 'No customers match.', 'wu-plan-change' )
						: __( 'No customers yet.', 'wu-plan-change' )
				}
			/>
		</div>
	);
}
