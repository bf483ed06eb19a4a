import { Button, SearchControl, SelectControl } from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { listProducts, type ProductQuery } from '../../api/products';
import type { Product } from '../../api/types';
import {
	ListTable,
	Pagination,
	type Column,
} from '../../components/list-table';
import { useLoad } from '../../components/load-state';
import { formatMoney, formatPer } from '../../format';
import { useNotices } from '../../shell/notices';
import { Link, useRouter } from '../../shell/router';

const PER_PAGE = 20;

/** "Plan", "Package", "Service". */
export function typeLabel( type: Product[ 'type' ] ): string {
	return {
		plan: __( 'Plan', 'wu-plan-change' ),
		package: __( 'Package', 'wu-plan-change' ),
		service: __( 'Service', 'wu-plan-change' ),
	}[ type ];
}

/** "$29.00 per month", "Free", "Contact us", "$49.00 once". */
export function priceLabel( product: Product ): string {
	if ( product.pricing_type === 'free' ) {
		return __( 'Free', 'wu-plan-change' );
	}
	if ( product.pricing_type === 'contact_us' ) {
		return __( 'Contact us', 'wu-plan-change' );
	}
	const amount = formatMoney( product.amount, product.currency );
	return product.recurring
		? `${ amount } ${ formatPer( product.duration, product.duration_unit ) }`
		: `${ amount } ${ __( 'once', 'wu-plan-change' ) }`;
}

/** Search typed text once it has rested for `ms`. */
export function useDebounced< T >( value: T, ms = 300 ): T {
	const [ settled, setSettled ] = useState( value );
	useEffect( () => {
		const timer = setTimeout( () => setSettled( value ), ms );
		return () => clearTimeout( timer );
	}, [ value, ms ] );
	return settled;
}

function columns( pageUrl: string ): Column< Product >[] {
	return [
		{
			id: 'name',
			label: __( 'Name', 'wu-plan-change' ),
			primary: true,
			render: ( product ) => (
				<>
					<Link href={ `${ pageUrl }/${ product.id }` }>
						{ product.name }
					</Link>
					{ ! product.active && (
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
			render: ( product ) => typeLabel( product.type ),
		},
		{
			id: 'price',
			label: __( 'Price', 'wu-plan-change' ),
			render: priceLabel,
		},
		{
			id: 'group',
			label: __( 'Plan Group', 'wu-plan-change' ),
			render: ( product ) =>
				product.type === 'plan'
					? product.group || __( 'No group', 'wu-plan-change' )
					: '—',
		},
		{
			id: 'order',
			label: __( 'Product Order', 'wu-plan-change' ),
			render: ( product ) => product.list_order,
		},
	];
}

/** The catalogue: search, type filter, sorted by Product Order, paginated. */
export function ProductList( { pageUrl }: { pageUrl: string } ) {
	const { navigate } = useRouter();
	const { createNotice } = useNotices();
	const [ search, setSearch ] = useState( '' );
	const [ type, setType ] = useState< ProductQuery[ 'type' ] | '' >( '' );
	const [ page, setPage ] = useState( 1 );
	const term = useDebounced( search );
	useEffect( () => setPage( 1 ), [ term, type ] );
	const loaded = useLoad(
		() =>
			listProducts( {
				search: term,
				type: type || undefined,
				page,
				per_page: PER_PAGE,
				orderby: 'list_order',
				order: 'asc',
			} ),
		[ term, type, page ]
	);
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
					{ __( 'Add New Product', 'wu-plan-change' ) }
				</Button>
				<SearchControl
					__nextHasNoMarginBottom
					label={ __( 'Search products', 'wu-plan-change' ) }
					value={ search }
					onChange={ setSearch }
				/>
				<SelectControl
					__next40pxDefaultSize
					__nextHasNoMarginBottom
					label={ __( 'Type', 'wu-plan-change' ) }
					value={ type }
					options={ [
						{
							value: '',
							label: __( 'All types', 'wu-plan-change' ),
						},
						{
							value: 'plan',
							label: __( 'Plans', 'wu-plan-change' ),
						},
						{
							value: 'package',
							label: __( 'Packages', 'wu-plan-change' ),
						},
						{
							value: 'service',
							label: __( 'Services', 'wu-plan-change' ),
						},
					] }
					onChange={ ( value ) =>
						setType( value as ProductQuery[ 'type' ] | '' )
					}
				/>
			</div>
			<ListTable
				caption={ __( 'Products', 'wu-plan-change' ) }
				columns={ columns( pageUrl ) }
				items={ loaded.data?.items }
				busy={ loaded.loading }
				rowKey={ ( product ) => product.id }
				emptyMessage={
					term || type
						? __( 'No products match.', 'wu-plan-change' )
						: __(
								'No products yet: add a plan to start.',
								'wu-plan-change'
							)
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
