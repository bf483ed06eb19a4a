import { __, sprintf } from '../i18n';
import { DomainError } from './errors';
import type { Product } from './types';

/** The product with this id; throws rest_not_found when the catalogue has none. */
export function findProduct( products: Product[], id: number ): Product {
	const product = products.find( ( candidate ) => candidate.id === id );
	if ( ! product ) {
		throw new DomainError(
			'not_found',
			'rest_not_found',
			sprintf(
				/* translators: %d: product id */ __(
					'No product with id %d.',
					'wu-plan-change'
				),
				id
			)
		);
	}
	return product;
}

/** Products in Product Order (lowest first), then by id. */
export function sortByOrder( products: Product[] ): Product[] {
	return [ ...products ].sort(
		( a, b ) => a.listOrder - b.listOrder || a.id - b.id
	);
}

/** True for a paid one-time product (a lifetime plan, a one-off service), RULES C2. */
export function isOneTime( product: Product ): boolean {
	return product.pricingType !== 'free' && ! product.recurring;
}
