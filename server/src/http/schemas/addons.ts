import { __, sprintf } from '../../i18n';
import type { AddonQuantity } from '../../domain/types';
import { fieldLabel } from '../field-labels';
import { shaped } from './fields';

function isAddon( value: unknown ): boolean {
	const a = value as Record< string, unknown >;
	return (
		typeof a === 'object' &&
		a !== null &&
		Number.isSafeInteger( a.product_id ) &&
		( a.quantity === undefined || Number.isSafeInteger( a.quantity ) )
	);
}

/** `addons`: `[{product_id, quantity?}]` (quantity 1 by default), read as AddonQuantity[]. */
export function addonsField( field = 'addons' ) {
	return shaped< AddonQuantity[] >(
		( value ) =>
			Array.isArray( value ) && value.every( isAddon )
				? {
						value: ( value as Record< string, number >[] ).map(
							( a ) => ( {
								productId: a.product_id,
								quantity: a.quantity ?? 1,
							} )
						),
					}
				: {
						problem: sprintf(
							/* translators: %s: field name */ __(
								'%s must be a list of add-ons, each a product id with a quantity.',
								'wu-plan-change'
							),
							fieldLabel( field )
						),
					},
		{
			type: 'array',
			items: {
				type: 'object',
				properties: {
					product_id: { type: 'integer' },
					quantity: { type: 'integer', minimum: 1 },
				},
				required: [ 'product_id' ],
			},
		}
	);
}
