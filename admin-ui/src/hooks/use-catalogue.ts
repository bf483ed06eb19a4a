import { productMapQuery } from '../data/queries';
import { useQuery } from '../data/use-query';
import type { Product } from '../api/types';

/** The products the caller may read (active ones for a customer), by id; null while loading. */
export function useCatalogue(): {
	products: Map< number, Product > | null;
	error: unknown;
} {
	const loaded = useQuery( productMapQuery );
	return { products: loaded.data ?? null, error: loaded.error };
}
