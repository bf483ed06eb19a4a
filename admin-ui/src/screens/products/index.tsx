import type { ScreenProps } from '../types';
import { ProductEdit } from './product-edit';
import { ProductList } from './product-list';

/** Products: the list at the page's URL, a product at `…/products/{id}`, a new one at `…/new`. */
export default function ProductsScreen( { subpath, pageUrl }: ScreenProps ) {
	if ( subpath.length === 0 ) {
		return <ProductList pageUrl={ pageUrl } />;
	}
	const id = subpath[ 0 ] === 'new' ? null : Number( subpath[ 0 ] );
	return <ProductEdit key={ subpath[ 0 ] } id={ id } pageUrl={ pageUrl } />;
}
