import { __, sprintf } from '@wordpress/i18n';
import { formatMoney } from '../../format';
import { addonPriceLabel } from '../plan-card/pricing';
import type { AddonBumpProps } from './types';

export type { AddonBumpProps } from './types';

/**
 * An order bump for a package or service: a checkbox named after it, its price, and for a stackable
 * package a quantity from 1 to its maximum.
 */
export function AddonBump( {
	addon,
	quantity,
	owned,
	onChange,
	period,
	disabled = false,
}: AddonBumpProps ) {
	const id = `wu-addon-${ addon.id }`;
	const max = addon.stackable ? Math.max( 1, addon.max_quantity || 1 ) : 1;
	const chosen = quantity > 0;
	return (
		<div className={ `wu-addon-bump${ chosen ? ' is-selected' : '' }` }>
			<input
				type="checkbox"
				id={ id }
				className="wu-addon-bump__check"
				checked={ chosen }
				disabled={ disabled }
				onChange={ ( event ) =>
					onChange( event.target.checked ? Math.max( 1, owned ) : 0 )
				}
				aria-describedby={ `${ id }-details` }
			/>
			<label htmlFor={ id } className="wu-addon-bump__name">
				{ addon.name }
			</label>
			<div id={ `${ id }-details` } className="wu-addon-bump__details">
				<span className="wu-addon-bump__type">
					{ addon.type === 'service'
						? __( 'Service', 'wu-plan-change' )
						: __( 'Package', 'wu-plan-change' ) }
				</span>
				<span className="wu-addon-bump__price">
					{ addon.stackable
						? sprintf(
								/* translators: %s: a price such as "$5.00 per month" */
								__( '%s each', 'wu-plan-change' ),
								addonPriceLabel( addon, period )
							)
						: addonPriceLabel( addon, period ) }
				</span>
				{ addon.setup_fee > 0 && (
					<span>
						{ sprintf(
							/* translators: %s: a setup fee */
							__( '+ %s setup fee', 'wu-plan-change' ),
							formatMoney( addon.setup_fee, addon.currency )
						) }
					</span>
				) }
				{ addon.description && (
					<span className="wu-addon-bump__description">
						{ addon.description }
					</span>
				) }
				{ owned > 0 && (
					<span className="wu-addon-bump__owned">
						{ addon.stackable
							? sprintf(
									/* translators: %d: quantity the customer has */
									__( 'You have %d now.', 'wu-plan-change' ),
									owned
								)
							: __( 'You have this now.', 'wu-plan-change' ) }
					</span>
				) }
			</div>
			{ addon.stackable && chosen && (
				<div className="wu-addon-bump__quantity">
					<label htmlFor={ `${ id }-quantity` }>
						{ sprintf(
							/* translators: %s: an add-on's name */
							__( 'Quantity of %s', 'wu-plan-change' ),
							addon.name
						) }
					</label>
					<select
						id={ `${ id }-quantity` }
						value={ quantity }
						disabled={ disabled }
						onChange={ ( event ) =>
							onChange( Number( event.target.value ) )
						}
					>
						{ Array.from(
							{ length: max },
							( _, index ) => index + 1
						).map( ( n ) => (
							<option key={ n } value={ n }>
								{ n }
							</option>
						) ) }
					</select>
					<span className="wu-addon-bump__max">
						{ sprintf(
							/* translators: %d: the most one can buy */
							__( 'up to %d', 'wu-plan-change' ),
							max
						) }
					</span>
				</div>
			) }
		</div>
	);
}
