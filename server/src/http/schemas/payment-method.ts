import { __ } from '../../i18n';
import type { PaymentMethod } from '../../services/checkout';
import { shaped } from './fields';

/** `payment_method`: `{type: "test_card", number}` (spaces dropped) or `{type: "manual"}`. */
export const paymentMethodField = shaped< PaymentMethod >(
	( value ) => {
		const method = value as Record< string, unknown >;
		if ( typeof method === 'object' && method.type === 'manual' ) {
			return { value: { type: 'manual' } };
		}
		if (
			typeof method === 'object' &&
			method.type === 'test_card' &&
			typeof method.number === 'string' &&
			/^[\d ]{12,23}$/.test( method.number )
		) {
			return {
				value: {
					type: 'test_card',
					number: method.number.replace( /\s+/g, '' ),
				},
			};
		}
		return {
			problem: __(
				'payment_method must be {type: "test_card", number} or {type: "manual"}.',
				'wu-plan-change'
			),
		};
	},
	{
		type: 'object',
		properties: {
			type: { type: 'string', enum: [ 'test_card', 'manual' ] },
			number: { type: 'string' },
		},
		required: [ 'type' ],
	}
);
