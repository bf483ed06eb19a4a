import { __, sprintf } from '../../i18n';
import type { DurationUnit, Limits, PriceVariation } from '../../domain/types';
import {
	amountProblem,
	asLimits,
	limitsProblem,
	listOrderProblem,
} from '../../services/validate-product';
import { fieldLabel } from '../field-labels';
import { shaped } from './fields';
import { UNITS } from './period';

/** A number kept as sent (number or numeric string) so the catalogue can say what is wrong with it. */
export function numberField(
	problem: ( value: unknown ) => string | null,
	json: Record< string, unknown > = { type: 'integer' }
) {
	return shaped< number >( ( raw ) => {
		const value =
			typeof raw === 'string' &&
			raw.trim() !== '' &&
			Number.isFinite( Number( raw ) )
				? Number( raw )
				: raw;
		return typeof value === 'number' && Number.isFinite( value )
			? { value }
			: { problem: problem( value ) ?? '' };
	}, json );
}

/** A price in minor units (`amount`, `setup_fee`). */
export function priceField( field: string ) {
	return numberField(
		( value ) => amountProblem( fieldLabel( field ), value ),
		{ type: 'integer', minimum: 0 }
	);
}

export const listOrderField = numberField( listOrderProblem );

/** `price_variations`: `[{duration, duration_unit, amount}]`. */
export const variationsField = shaped< PriceVariation[] >(
	( raw ) => {
		if ( ! Array.isArray( raw ) ) {
			return {
				problem: __(
					'Price variations must be a list of {duration, duration_unit, amount}.',
					'wu-plan-change'
				),
			};
		}
		const ok = raw.every( ( item ) => {
			const v = item as Record< string, unknown >;
			return (
				typeof v === 'object' &&
				v !== null &&
				Number.isSafeInteger( v.duration ) &&
				( v.duration as number ) >= 1 &&
				( UNITS as readonly unknown[] ).includes( v.duration_unit ) &&
				typeof v.amount === 'number' &&
				Number.isFinite( v.amount )
			);
		} );
		return ok
			? {
					value: ( raw as Record< string, unknown >[] ).map(
						( v ) => ( {
							duration: v.duration as number,
							durationUnit: v.duration_unit as DurationUnit,
							amount: v.amount as number,
						} )
					),
				}
			: {
					problem: __(
						'Each price variation needs a period of 1 or more days, weeks, months or years and a price in minor units.',
						'wu-plan-change'
					),
				};
	},
	{
		type: 'array',
		items: {
			type: 'object',
			properties: {
				duration: { type: 'integer', minimum: 1 },
				duration_unit: { type: 'string', enum: UNITS },
				amount: { type: 'integer' },
			},
		},
	}
);

/** A list of product ids (`available_addons`). */
export function idsField( field: string ) {
	return shaped< number[] >(
		( raw ) =>
			Array.isArray( raw ) &&
			raw.every( ( id ) => Number.isSafeInteger( id ) && id > 0 )
				? { value: raw as number[] }
				: {
						problem: sprintf(
							/* translators: %s: the field's label, e.g. Offer Add-ons */ __(
								'%s must be a list of product ids.',
								'wu-plan-change'
							),
							fieldLabel( field )
						),
					},
		{ type: 'array', items: { type: 'integer', minimum: 1 } }
	);
}

/** `limits`: the product's Limits object (API.md Product `limits`). */
export const limitsField = shaped< Limits >(
	( raw ) => {
		const problem = limitsProblem( raw );
		return problem ? { problem } : { value: asLimits( raw ) };
	},
	{ type: 'object' }
);
