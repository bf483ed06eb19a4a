import { Button } from '@wordpress/components';
import type { Field, View } from '@wordpress/dataviews';
import { useEffect } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import type { Product } from '../../api/types';
import {
	DataList,
	restQuery,
	useListView,
	type ListSpec,
} from '../../components/data-list';
import { productsQuery } from '../../data/queries';
import { useQuery } from '../../data/use-query';
import { useNotices } from '../../shell/notices';
import { Link, useRouter } from '../../shell/router';
import { priceLabel, typeLabel } from './product-labels';

const SPEC: ListSpec = { filters: [ 'type', 'status' ], perPage: 20 };
const INITIAL: View = {
	type: 'table',
	fields: [ 'type', 'amount', 'group', 'list_order' ],
	titleField: 'name',
	sort: { field: 'list_order', direction: 'asc' },
	layout: {},
};

/** The group column: a plan's Plan Group (or "No group"), a dash for add-ons. */
function groupLabel( product: Product ): string {
	if ( product.type !== 'plan' ) {
		return '—';
	}
	return product.group || __( 'No group', 'wu-plan-change' );
}

function productFields( pageUrl: string ): Field< Product >[] {
	return [
		{
			id: 'name',
			label: __( 'Name', 'wu-plan-change' ),
			enableHiding: false,
			render: ( { item } ) => (
				<>
					<Link href={ `${ pageUrl }/${ item.id }` }>
						{ item.name }
					</Link>
					{ ! item.active && (
						<span className="wu-badge">
							{ __( 'Inactive', 'wu-plan-change' ) }
						</span>
					) }
				</>
			),
		},
		{
			id: 'type',
			label: __( 'Type', 'wu-plan-change' ),
			elements: [
				{ value: 'plan', label: __( 'Plans', 'wu-plan-change' ) },
				{ value: 'package', label: __( 'Packages', 'wu-plan-change' ) },
				{ value: 'service', label: __( 'Services', 'wu-plan-change' ) },
			],
			filterBy: { operators: [ 'is' ] },
			render: ( { item } ) => typeLabel( item.type ),
		},
		{
			id: 'status',
			label: __( 'Status', 'wu-plan-change' ),
			elements: [
				{ value: 'active', label: __( 'Active', 'wu-plan-change' ) },
				{
					value: 'inactive',
					label: __( 'Inactive', 'wu-plan-change' ),
				},
			],
			filterBy: { operators: [ 'is' ] },
			enableSorting: false,
			getValue: ( { item } ) => ( item.active ? 'active' : 'inactive' ),
		},
		{
			id: 'amount',
			type: 'integer',
			label: __( 'Price', 'wu-plan-change' ),
			render: ( { item } ) => priceLabel( item ),
		},
		{
			id: 'group',
			label: __( 'Plan Group', 'wu-plan-change' ),
			enableSorting: false,
			getValue: ( { item } ) => groupLabel( item ),
		},
		{
			id: 'list_order',
			type: 'integer',
			label: __( 'Product Order', 'wu-plan-change' ),
		},
	];
}

/** The catalogue on DataViews: search, type and status filters, sorted by Product Order, paged by the server. */
export function ProductList( { pageUrl }: { pageUrl: string } ) {
	const { navigate } = useRouter();
	const { createNotice } = useNotices();
	const [ view, setView ] = useListView( pageUrl, INITIAL, SPEC );
	const loaded = useQuery( productsQuery, restQuery( view, SPEC ) );
	useEffect( () => {
		if ( loaded.error ) {
			createNotice( 'error', loaded.error );
		}
	}, [ loaded.error, createNotice ] );
	const filtered = Boolean( view.search ) || !! view.filters?.length;
	return (
		<div className="wu-list-screen">
			<div className="wu-list-toolbar">
				<Button
					variant="primary"
					onClick={ () => navigate( `${ pageUrl }/new` ) }
				>
					{ __( 'Add New Product', 'wu-plan-change' ) }
				</Button>
			</div>
			<DataList
				label={ __( 'Products', 'wu-plan-change' ) }
				data={ loaded.data?.items ?? [] }
				fields={ productFields( pageUrl ) }
				view={ view }
				onChangeView={ setView }
				total={ loaded.data?.total ?? 0 }
				totalPages={ loaded.data?.totalPages ?? 0 }
				isLoading={ loaded.loading }
				getItemId={ ( product ) => String( product.id ) }
				empty={
					filtered
						? __( 'No products match.', 'wu-plan-change' )
						: __(
								'No products yet: add a plan to start.',
								'wu-plan-change'
							)
				}
			/>
		</div>
	);
}
