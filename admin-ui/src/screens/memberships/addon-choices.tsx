import { CheckboxControl, TextControl } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';
import type { Product } from '../../api/types';
import { formatMoney } from '../../format';

/** A quantity typed into the field, kept within 1 and the add-on's highest quantity. */
function boundedQuantity( addon: Product, text: string ): number {
	return Math.min(
		addon.max_quantity,
		Math.max( 1, Math.floor( Number( text ) ) || 1 )
	);
}

/** The plan's Offer Add-ons as checkboxes, with a quantity for a stackable one. */
export function AddonChoices( {
	addons,
	chosen: quantities,
	currency,
	error,
	setAddon,
}: {
	addons: Product[];
	/** Quantities by add-on id; absent = not chosen. */
	chosen: Record< number, number >;
	currency: string;
	error: string | undefined;
	setAddon: ( addon: Product, quantity: number | null ) => void;
} ) {
	return (
		<fieldset
			className="wu-addon-choices"
			aria-describedby={ error ? 'wu-addons-error' : undefined }
		>
			<legend>{ __( 'Add-ons', 'wu-plan-change' ) }</legend>
			{ addons.length === 0 && (
				<p>
					{ __( 'This plan offers no add-ons.', 'wu-plan-change' ) }
				</p>
			) }
			{ addons.map( ( addon ) => {
				const chosen = quantities[ addon.id ] !== undefined;
				return (
					<div key={ addon.id } className="wu-inline-fields">
						<CheckboxControl
							label={ sprintf(
								/* translators: 1: add-on name, 2: its price */ __(
									'%1$s (%2$s)',
									'wu-plan-change'
								),
								addon.name,
								formatMoney( addon.amount, currency )
							) }
							checked={ chosen }
							onChange={ ( on ) =>
								setAddon( addon, on ? 1 : null )
							}
						/>
						{ chosen && addon.stackable && (
							<TextControl
								__next40pxDefaultSize
								type="number"
								min={ 1 }
								max={ addon.max_quantity }
								label={ sprintf(
									/* translators: %s: add-on name */ __(
										'Quantity of %s',
										'wu-plan-change'
									),
									addon.name
								) }
								value={ String( quantities[ addon.id ] ) }
								onChange={ ( text ) =>
									setAddon(
										addon,
										boundedQuantity( addon, text )
									)
								}
								help={ sprintf(
									/* translators: %d: the highest quantity */ __(
										'Up to %d.',
										'wu-plan-change'
									),
									addon.max_quantity
								) }
							/>
						) }
					</div>
				);
			} ) }
			{ error && (
				<p id="wu-addons-error" className="wu-field-error">
					{ error }
				</p>
			) }
		</fieldset>
	);
}
