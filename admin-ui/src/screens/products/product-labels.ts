import { __ } from '@wordpress/i18n';
import type { Product } from '../../api/types';
import { formatMoney, formatPer } from '../../format';

/** "Plan", "Package", "Service". */
export function typeLabel( type: Product[ 'type' ] ): string {
	return {
		plan: __( 'Plan', 'wu-plan-change' ),
		package: __( 'Package', 'wu-plan-change' ),
		service: __( 'Service', 'wu-plan-change' ),
	}[ type ];
}

/** "$29.00 per month", "Free", "Contact us", "$49.00 once". */
export function priceLabel( product: Product ): string {
	if ( product.pricing_type === 'free' ) {
		return __( 'Free', 'wu-plan-change' );
	}
	if ( product.pricing_type === 'contact_us' ) {
		return __( 'Contact us', 'wu-plan-change' );
	}
	const amount = formatMoney( product.amount, product.currency );
	return product.recurring
		? `${ amount } ${ formatPer( product.duration, product.duration_unit ) }`
		: `${ amount } ${ __( 'once', 'wu-plan-change' ) }`;
}
