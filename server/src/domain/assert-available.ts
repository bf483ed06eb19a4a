import { __, sprintf } from '../i18n';
import { quantityOf } from './addon-quantities';
import { DomainError } from './errors';
import { findProduct, isOneTime } from './find-product';
import { describePeriod, samePeriod } from './period';
import { freePlanPeriods, offeredPlans } from './offer';
import { priceAt } from './price-at';
import type { ChangeTarget, Membership, Product } from './types';

function notAvailable( message: string, productId: number ): DomainError {
	return new DomainError( 'unprocessable', 'wu_not_available', message, {
		product_id: productId,
	} );
}

function wrongCurrency( product: Product, currency: string ): string {
	return sprintf(
		/* translators: 1: product name, 2: its currency code, 3: the network's currency code */
		__(
			'%1$s is priced in %2$s, this network bills in %3$s.',
			'wu-plan-change'
		),
		product.name,
		product.currency,
		currency
	);
}

/**
 * True when `addon` at `quantity` may be held with `plan`: an active Offer Add-on of that plan in
 * the network currency, or one the membership already holds, at no more than its current
 * quantity, while it keeps its plan (decision #5).
 */
export function isAddonAllowed(
	membership: Membership,
	plan: Product,
	addon: Product,
	quantity: number
): boolean {
	const held =
		plan.id === membership.planId &&
		quantity <= quantityOf( membership.addons, addon.id );
	const offered =
		plan.availableAddons.includes( addon.id ) &&
		addon.active &&
		addon.currency === membership.currency;
	const lifetimeConflict =
		isOneTime( plan ) && addon.recurring && addon.pricingType === 'paid';
	return (
		addon.type !== 'plan' &&
		addon.pricingType !== 'contact_us' &&
		! lifetimeConflict &&
		( held || offered )
	);
}

/** Throws wu_not_available (422) unless the target plan, period and each add-on are in the membership's offer (RULES G1–G5, C1, C5). */
export function assertAvailable(
	membership: Membership,
	target: ChangeTarget,
	products: Product[]
): void {
	const plan = products.find( ( product ) => product.id === target.planId );
	if ( ! plan || ! offeredPlans( membership, products ).includes( plan ) ) {
		const name = plan
			? plan.name
			: sprintf(
					/* translators: %d: product id */ __(
						'Product %d',
						'wu-plan-change'
					),
					target.planId
				);
		throw notAvailable(
			sprintf(
				/* translators: %s: plan name */ __(
					'%s is not available for this membership.',
					'wu-plan-change'
				),
				name
			),
			target.planId
		);
	}
	if ( plan.currency !== membership.currency ) {
		throw notAvailable(
			wrongCurrency( plan, membership.currency ),
			plan.id
		);
	}
	if ( plan.pricingType === 'contact_us' ) {
		throw notAvailable(
			sprintf(
				/* translators: %s: plan name */ __(
					'%s cannot be bought online: please contact us.',
					'wu-plan-change'
				),
				plan.name
			),
			plan.id
		);
	}
	const offeredAtPeriod =
		plan.pricingType === 'free'
			? freePlanPeriods( membership, products, plan ).some( ( period ) =>
					samePeriod( period, target )
				)
			: priceAt( plan, target ) !== null;
	if ( ! offeredAtPeriod ) {
		throw notAvailable(
			sprintf(
				/* translators: 1: plan name, 2: period such as "1 year" */ __(
					'%1$s is not sold for %2$s.',
					'wu-plan-change'
				),
				plan.name,
				describePeriod( target )
			),
			plan.id
		);
	}
	for ( const addon of target.addons ) {
		const product = findProduct( products, addon.productId );
		if ( product.currency !== membership.currency ) {
			throw notAvailable(
				wrongCurrency( product, membership.currency ),
				product.id
			);
		}
		if ( ! isAddonAllowed( membership, plan, product, addon.quantity ) ) {
			throw notAvailable(
				sprintf(
					/* translators: 1: add-on name, 2: plan name */ __(
						'%1$s is not available with %2$s.',
						'wu-plan-change'
					),
					product.name,
					plan.name
				),
				product.id
			);
		}
	}
}
