import type { Product } from '../../api/types';
import { productMapQuery } from '../../data/queries';
import { useQuery } from '../../data/use-query';

const EMPTY = new Map< number, Product >();

/** The catalogue as a map id → product (empty until loaded), shared through the data layer. */
export function useProductMap(): Map< number, Product > {
	return useQuery( productMapQuery ).data ?? EMPTY;
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
