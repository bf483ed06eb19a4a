import { useEffect, useState } from '@wordpress/element';
import { listProducts } from '../api/products';
import type { Product } from '../api/types';

/** The products the caller may read (active ones for a customer), by id; null while loading. */
export function useCatalogue(): {
	products: Map< number, Product > | null;
	error: unknown;
} {
	const [ products, setProducts ] = useState< Map< number, Product > | null >(
		null
	);
	const [ error, setError ] = useState< unknown >( null );
	useEffect( () => {
		let live = true;
		listProducts( { per_page: 100 } )
			.then(
				( page ) =>
					live &&
					setProducts(
						new Map(
							page.items.map( ( product ) => [
								product.id,
								product,
							] )
						)
					)
			)
			.catch( ( failure ) => live && setError( failure ) );
		return () => {
			live = false;
		};
	}, [] );
	return { products, error };
}
