import { quantityOf } from './addon-quantities';
import { DomainError } from './errors';
import { findProduct, isOneTime } from './find-product';
import { describePeriod } from './period';
import { offeredPlans } from './offer';
import { priceAt } from './price-at';
import type { ChangeTarget, Membership, Product } from './types';

function notAvailable( message: string, productId: number ): DomainError {
	return new DomainError( 'unprocessable', 'wu_not_available', message, { product_id: productId } );
}

/**
 * True when `addon` at `quantity` may be held with `plan`: an active Offer Add-on of that plan in
 * the network currency, or one the membership already holds, at no more than its current
 * quantity, while it keeps its plan (decision #5).
 */
export function isAddonAllowed( membership: Membership, plan: Product, addon: Product, quantity: number ): boolean {
	const held = plan.id === membership.planId && quantity <= quantityOf( membership.addons, addon.id );
	const offered = plan.availableAddons.includes( addon.id ) && addon.active && addon.currency === membership.currency;
	const lifetimeConflict = isOneTime( plan ) && addon.recurring && addon.pricingType === 'paid';
	return addon.type !== 'plan' && addon.pricingType !== 'contact_us' && ! lifetimeConflict && ( held || offered );
}

/** Throws wu_not_available (422) unless the target plan, period and each add-on are in the membership's offer (RULES G1–G5, C1, C5). */
export function assertAvailable( membership: Membership, target: ChangeTarget, products: Product[] ): void {
	const plan = products.find( ( product ) => product.id === target.planId );
	if ( ! plan || ! offeredPlans( membership, products ).includes( plan ) ) {
		throw notAvailable( `${ plan ? plan.name : `Product ${ target.planId }` } is not available for this membership.`, target.planId );
	}
	if ( plan.currency !== membership.currency ) {
		throw notAvailable( `${ plan.name } is priced in ${ plan.currency }, this network bills in ${ membership.currency }.`, plan.id );
	}
	if ( plan.pricingType === 'contact_us' ) {
		throw notAvailable( `${ plan.name } cannot be bought online: please contact us.`, plan.id );
	}
	if ( priceAt( plan, target ) === null ) {
		throw notAvailable( `${ plan.name } is not sold for ${ describePeriod( target ) }.`, plan.id );
	}
	for ( const addon of target.addons ) {
		const product = findProduct( products, addon.productId );
		if ( product.currency !== membership.currency ) {
			throw notAvailable( `${ product.name } is priced in ${ product.currency }, this network bills in ${ membership.currency }.`, product.id );
		}
		if ( ! isAddonAllowed( membership, plan, product, addon.quantity ) ) {
			throw notAvailable( `${ product.name } is not available with ${ plan.name }.`, product.id );
		}
	}
}
