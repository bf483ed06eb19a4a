import { useMemo } from '@wordpress/element';
import { listProducts } from '../../api/products';
import type { Product } from '../../api/types';
import { useLoad } from '../load-state';

/** Every product of the catalogue (up to 100 per page, all pages) by id, for names in lists. */
export async function loadAllProducts(): Promise< Product[] > {
	const first = await listProducts( {
		per_page: 100,
		orderby: 'list_order',
		order: 'asc',
	} );
	const rest = await Promise.all(
		Array.from(
			{ length: Math.max( 0, first.totalPages - 1 ) },
			( _, index ) =>
				listProducts( {
					per_page: 100,
					page: index + 2,
					orderby: 'list_order',
					order: 'asc',
				} )
		)
	);
	return [ first, ...rest ].flatMap( ( page ) => page.items );
}

/** The catalogue as a map id → product (empty until loaded). */
export function useProductMap(): Map< number, Product > {
	const { data } = useLoad( loadAllProducts, [] );
	return useMemo(
		() =>
			new Map(
				( data ?? [] ).map( ( product ) => [ product.id, product ] )
			),
		[ data ]
	);
}

/** A product's name, or "#12" when unknown. */
export function productName(
	products: Map< number, Product >,
	id: number | null | undefined
): string {
	if ( id === null || id === undefined ) {
		return '—';
	}
	return products.get( id )?.name ?? `#${ id }`;
}
