import { DomainError } from '../domain/errors';
import type { Product } from '../domain/types';
import { billingNow, type BillingDeps } from './billing-deps';

/**
 * Deletes a product no membership uses (as plan, add-on, item or scheduled change) and drops it
 * from other plans' Offer Add-ons; a product in use is refused with `wu_product_in_use` (409):
 * deactivate it instead.
 */
export function deleteProduct( deps: BillingDeps, id: number ): Product {
	return deps.db.transaction( () => {
		const product = deps.products.find( id );
		if ( ! product ) {
			throw new DomainError( 'not_found', 'rest_not_found', 'No product was found with that id.' );
		}
		const using = deps.products.membershipsUsing( id );
		if ( using > 0 ) {
			throw new DomainError(
				'conflict',
				'wu_product_in_use',
				`${ product.name } is used by ${ using } membership${ using === 1 ? '' : 's' } and cannot be deleted; set it inactive instead.`,
				{ memberships: using }
			);
		}
		const now = billingNow( deps );
		for ( const other of deps.products.all() ) {
			if ( other.availableAddons.includes( id ) ) {
				deps.products.update( { ...other, availableAddons: other.availableAddons.filter( ( addonId ) => addonId !== id ) }, now );
			}
		}
		deps.products.delete( id );
		return product;
	} )();
}
