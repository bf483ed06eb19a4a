import { CheckboxControl, TextControl } from '@wordpress/components';
import { useId } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { FieldError, helpOrError } from './field-error';
import { groupKey } from './checks';
import { canonicalGroup } from './draft';
import { WholeNumberField } from './whole-number-field';
import type { TabProps } from './types';

/** The group names of the catalogue's plans, sorted, without "", each group once in its stored spelling (names equal without regard to case and spaces are one group). */
export function groupNames( catalogue: TabProps[ 'catalogue' ] ): string[] {
	const byKey = new Map< string, string >();
	for ( const product of catalogue ) {
		if (
			product.type === 'plan' &&
			product.group &&
			! byKey.has( groupKey( product.group ) )
		) {
			byKey.set( groupKey( product.group ), product.group );
		}
	}
	return [ ...byKey.values() ].sort( ( a, b ) => a.localeCompare( b ) );
}

function PlanGroupField( {
	draft,
	update,
	errors,
	catalogue,
	productId,
}: TabProps ) {
	const listId = `wu-plan-groups-${ useId().replace( /:/g, '' ) }`;
	const names = groupNames( catalogue );
	const joins = canonicalGroup( draft.group, catalogue, productId );
	const joinsOther =
		joins !== '' && joins !== draft.group.trim() && names.includes( joins );
	return (
		<>
			<TextControl
				__next40pxDefaultSize
				label={ __( 'Plan Group', 'wu-plan-change' ) }
				value={ draft.group }
				onChange={ ( group ) => update( { group } ) }
				list={ listId }
				autoComplete="off"
				help={ helpOrError(
					errors.group,
					joinsOther
						? sprintf(
								/* translators: %s: the existing group's name as stored */ __(
									'Joins the existing group %s (group names ignore case and spaces).',
									'wu-plan-change'
								),
								joins
							)
						: __(
								'Plans with the same group name form a family: customers are offered only the plans of their own family. Type a new name to create a group; leave empty for no group.',
								'wu-plan-change'
							)
				) }
			/>
			<datalist id={ listId }>
				{ names.map( ( name ) => (
					<option key={ name } value={ name } />
				) ) }
			</datalist>
		</>
	);
}

function OfferAddons( {
	draft,
	update,
	errors,
	catalogue,
	productId,
}: TabProps ) {
	const addons = catalogue.filter(
		( product ) => product.type !== 'plan' && product.id !== productId
	);
	const toggle = ( id: number, on: boolean ) =>
		update( {
			available_addons: on
				? [
						...draft.available_addons.filter(
							( other ) => other !== id
						),
						id,
					]
				: draft.available_addons.filter( ( other ) => other !== id ),
		} );
	return (
		<fieldset
			className="wu-offer-addons"
			aria-describedby={
				errors.available_addons ? 'wu-addons-error' : 'wu-addons-help'
			}
		>
			<legend>{ __( 'Offer Add-ons', 'wu-plan-change' ) }</legend>
			<p id="wu-addons-help" className="description">
				{ __(
					'The packages and services customers on this plan may buy with it.',
					'wu-plan-change'
				) }
			</p>
			{ addons.length === 0 && (
				<p>
					{ __(
						'There are no packages or services yet.',
						'wu-plan-change'
					) }
				</p>
			) }
			{ addons.map( ( addon ) => (
				<CheckboxControl
					key={ addon.id }
					label={ addon.name }
					help={
						addon.active
							? undefined
							: __(
									'Inactive: not offered until activated.',
									'wu-plan-change'
								)
					}
					checked={ draft.available_addons.includes( addon.id ) }
					onChange={ ( on ) => toggle( addon.id, on ) }
				/>
			) ) }
			<FieldError
				id="wu-addons-error"
				error={ errors.available_addons }
			/>
		</fieldset>
	);
}

function OfferedBy( { catalogue, productId }: TabProps ) {
	const plans = catalogue.filter(
		( product ) =>
			product.type === 'plan' &&
			productId !== null &&
			product.available_addons.includes( productId )
	);
	return (
		<p>
			{ plans.length === 0
				? __(
						'No plan offers this add-on yet: tick it under Offer Add-ons on a plan.',
						'wu-plan-change'
					)
				: sprintf(
						/* translators: %s: comma-separated plan names */ __(
							'Offered with: %s.',
							'wu-plan-change'
						),
						plans.map( ( plan ) => plan.name ).join( ', ' )
					) }
		</p>
	);
}

/** Plan Group, Product Order and Offer Add-ons (RULES C3). */
export function UpgradesTab( props: TabProps ) {
	const { draft, update, errors } = props;
	const isPlan = draft.type === 'plan';
	return (
		<div className="wu-form-grid">
			{ isPlan ? (
				<PlanGroupField { ...props } />
			) : (
				<p className="description">
					{ __(
						'Plan groups and Offer Add-ons belong to plans.',
						'wu-plan-change'
					) }
				</p>
			) }
			<WholeNumberField
				min={ 0 }
				label={ __( 'Product Order', 'wu-plan-change' ) }
				value={ draft.list_order }
				onChange={ ( listOrder ) =>
					update( { list_order: listOrder } )
				}
				help={ helpOrError(
					errors.list_order,
					__(
						'Lowest first, in lists and in the choices offered to customers.',
						'wu-plan-change'
					)
				) }
			/>
			{ isPlan ? (
				<OfferAddons { ...props } />
			) : (
				<OfferedBy { ...props } />
			) }
		</div>
	);
}
