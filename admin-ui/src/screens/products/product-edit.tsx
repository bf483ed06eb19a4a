import {
	createProduct,
	deleteProduct,
	getProduct,
	updateProduct,
} from '../../api/products';
import type { Product } from '../../api/types';
import { LoadState } from '../../components/load-state';
import { loadAllProducts, TAGS } from '../../data/queries';
import { defineQuery, useQuery } from '../../data/use-query';
import { useNotices } from '../../shell/notices';
import { Link, useRouter } from '../../shell/router';
import { __, sprintf } from '@wordpress/i18n';
import { ProductForm } from './product-form';

const DEFAULT_CURRENCY = 'USD';

/** The product (or `null` for a new one) and the whole catalogue. */
function loadEditor(
	id: number | null
): Promise< { product: Product | null; catalogue: Product[] } > {
	return Promise.all( [
		id === null ? Promise.resolve( null ) : getProduct( id ),
		loadAllProducts(),
	] ).then( ( [ product, catalogue ] ) => ( { product, catalogue } ) );
}

const editorQuery = defineQuery( 'product-editor', loadEditor, [
	TAGS.products,
] );

/** A product's edit page, or the create page when `id` is null. */
export function ProductEdit( {
	id,
	pageUrl,
}: {
	id: number | null;
	pageUrl: string;
} ) {
	const { navigate } = useRouter();
	const { createNotice } = useNotices();
	const loaded = useQuery( editorQuery, id );
	return (
		<div className="wu-edit-screen">
			<p>
				<Link href={ pageUrl }>
					{ __( '← All products', 'wu-plan-change' ) }
				</Link>
			</p>
			<LoadState loaded={ loaded }>
				{ ( { product, catalogue } ) => (
					<>
						<h2>
							{ product
								? sprintf(
										/* translators: %s: product name */ __(
											'Edit %s',
											'wu-plan-change'
										),
										product.name
									)
								: __( 'Add New Product', 'wu-plan-change' ) }
						</h2>
						<ProductForm
							product={ product }
							catalogue={ catalogue }
							currency={
								product?.currency ??
								catalogue[ 0 ]?.currency ??
								DEFAULT_CURRENCY
							}
							onSave={ ( data ) =>
								product
									? updateProduct( product.id, data )
									: createProduct( data )
							}
							onSaved={ ( stored ) => {
								createNotice(
									'success',
									product
										? __(
												'Product saved.',
												'wu-plan-change'
											)
										: __(
												'Product created.',
												'wu-plan-change'
											)
								);
								if ( ! product ) {
									navigate( `${ pageUrl }/${ stored.id }`, {
										replace: true,
									} );
								}
							} }
							onDelete={
								product
									? async () => {
											await deleteProduct( product.id );
											createNotice(
												'success',
												sprintf(
													/* translators: %s: product name */ __(
														'%s was deleted.',
														'wu-plan-change'
													),
													product.name
												)
											);
											navigate( pageUrl );
										}
									: undefined
							}
							onError={ ( message ) =>
								createNotice( 'error', message )
							}
						/>
					</>
				) }
			</LoadState>
		</div>
	);
}
