import type { AddonQuantity } from './types';

/** Quantity of one product in a set of add-ons (0 when absent). */
export function quantityOf(
	addons: AddonQuantity[],
	productId: number
): number {
	return addons
		.filter( ( addon ) => addon.productId === productId )
		.reduce( ( sum, addon ) => sum + addon.quantity, 0 );
}

/** True when both add-on sets hold the same quantity of every product, ignoring order (a multiset comparison). */
export function sameAddons( a: AddonQuantity[], b: AddonQuantity[] ): boolean {
	const ids = new Set( [ ...a, ...b ].map( ( addon ) => addon.productId ) );
	return [ ...ids ].every(
		( id ) => quantityOf( a, id ) === quantityOf( b, id )
	);
}

/** Product ids held in `before` and absent from `after` (RULES K11 "removes"). */
export function removedAddons(
	before: AddonQuantity[],
	after: AddonQuantity[]
): number[] {
	return [ ...new Set( before.map( ( addon ) => addon.productId ) ) ].filter(
		( id ) => quantityOf( after, id ) === 0
	);
}
