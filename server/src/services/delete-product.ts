import { _n, __, sprintf } from '../i18n';
import { DomainError } from '../domain/errors';
import type { Product } from '../domain/types';
import { announceProduct } from './announce';
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
			throw new DomainError(
				'not_found',
				'rest_not_found',
				__( 'No product was found with that id.', 'wu-plan-change' )
			);
		}
		const using = deps.products.membershipsUsing( id );
		if ( using > 0 ) {
			throw new DomainError(
				'conflict',
				'wu_product_in_use',
				sprintf(
					/* translators: 1: product name, 2: number of memberships */
					_n(
						'%1$s is used by %2$d membership and cannot be deleted; set it inactive instead.',
						'%1$s is used by %2$d memberships and cannot be deleted; set it inactive instead.',
						using,
						'wu-plan-change'
					),
					product.name,
					using
				),
				{ memberships: using }
			);
		}
		const now = billingNow( deps );
		for ( const other of deps.products.all() ) {
			if ( other.availableAddons.includes( id ) ) {
				const updated = deps.products.update(
					{
						...other,
						availableAddons: other.availableAddons.filter(
							( addonId ) => addonId !== id
						),
					},
					now
				);
				announceProduct( deps, 'product.updated', updated );
			}
		}
		deps.products.delete( id );
		announceProduct( deps, 'product.deleted', product );
		return product;
	} )();
}
