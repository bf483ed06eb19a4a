import { __, sprintf } from '@wordpress/i18n';
import { formatMoney } from '../../format';
import { formatAmount } from '../usage-meter/limit-labels';
import { priceAt, priceLabel } from './pricing';
import type { PlanCardProps } from './types';

export type { PlanCardProps } from './types';
export * from './pricing';

function limitLine(
	value: number | 'unlimited' | undefined,
	unit: 'count' | 'mb'
): string | null {
	if ( value === undefined ) {
		return null;
	}
	return value === 'unlimited'
		? __( 'Unlimited', 'wu-plan-change' )
		: formatAmount( value, unit );
}

/**
 * A plan of the offer as a card around a radio input, so that the plans form one keyboard-usable
 * radio group; the radio's name is the plan's name, the price and limits describe it.
 */
export function PlanCard( {
	plan,
	period,
	current,
	selected,
	name,
	onSelect,
	setupFee = plan.setup_fee,
	disabled = false,
}: PlanCardProps ) {
	const id = `${ name }-${ plan.id }`;
	const purchasable = plan.pricing_type !== 'contact_us';
	const limits = [
		[
			__( 'Sites', 'wu-plan-change' ),
			limitLine( plan.limits?.sites, 'count' ),
		],
		[
			__( 'Visits per month', 'wu-plan-change' ),
			limitLine( plan.limits?.visits, 'count' ),
		],
		[
			__( 'Disk space', 'wu-plan-change' ),
			limitLine( plan.limits?.disk_space, 'mb' ),
		],
	].filter( ( entry ): entry is [ string, string ] => entry[ 1 ] !== null );
	const showSetupFee = setupFee > 0 && priceAt( plan, period ) !== null;
	return (
		<div
			className={ `wu-plan-card${ selected ? ' is-selected' : '' }${ current ? ' is-current' : '' }${ disabled || ! purchasable ? ' is-disabled' : '' }` }
		>
			<input
				type="radio"
				className="wu-plan-card__radio"
				id={ id }
				name={ name }
				value={ plan.id }
				checked={ selected }
				disabled={ disabled || ! purchasable }
				onChange={ () => onSelect( plan.id ) }
				onClick={ () => selected && onSelect( plan.id ) }
				aria-describedby={ `${ id }-details` }
			/>
			<label htmlFor={ id } className="wu-plan-card__name">
				{ plan.name }
			</label>
			<div id={ `${ id }-details` } className="wu-plan-card__details">
				{ current && (
					<span className="wu-plan-card__badge">
						{ __( 'Current plan', 'wu-plan-change' ) }
					</span>
				) }
				<span className="wu-plan-card__price">
					{ priceLabel( plan, period ) }
				</span>
				{ showSetupFee && (
					<span className="wu-plan-card__setup">
						{ sprintf(
							/* translators: %s: a setup fee */
							__( '+ %s setup fee', 'wu-plan-change' ),
							formatMoney( setupFee, plan.currency )
						) }
					</span>
				) }
				{ plan.description && (
					<span className="wu-plan-card__description">
						{ plan.description }
					</span>
				) }
				{ limits.length > 0 && (
					<ul className="wu-plan-card__limits">
						{ limits.map( ( [ label, value ] ) => (
							<li key={ label }>
								{ sprintf(
									/* translators: 1: a limit's name, 2: its value */
									__( '%1$s: %2$s', 'wu-plan-change' ),
									label,
									value
								) }
							</li>
						) ) }
					</ul>
				) }
			</div>
		</div>
	);
}
