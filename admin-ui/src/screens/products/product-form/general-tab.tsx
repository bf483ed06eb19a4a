import {
	SelectControl,
	TextareaControl,
	TextControl,
	ToggleControl,
} from '@wordpress/components';
import { __ } from '@wordpress/i18n';
import { helpOrError } from './field-error';
import type { TabProps } from './types';

/** Name, slug, description, type and active. */
export function GeneralTab( { draft, update, errors, productId }: TabProps ) {
	return (
		<div className="wu-form-grid">
			<TextControl
				__next40pxDefaultSize
				label={ __( 'Name', 'wu-plan-change' ) }
				value={ draft.name }
				onChange={ ( name ) => update( { name } ) }
				help={ helpOrError( errors.name ) }
				required
			/>
			<TextControl
				__next40pxDefaultSize
				label={ __( 'Slug', 'wu-plan-change' ) }
				value={ draft.slug }
				onChange={ ( slug ) => update( { slug } ) }
				help={ helpOrError(
					errors.slug,
					productId === null
						? __(
								'Left empty, it is made from the name.',
								'wu-plan-change'
							)
						: undefined
				) }
			/>
			<TextareaControl
				label={ __( 'Description', 'wu-plan-change' ) }
				value={ draft.description }
				onChange={ ( description ) => update( { description } ) }
				help={ helpOrError( errors.description ) }
			/>
			<SelectControl
				__next40pxDefaultSize
				label={ __( 'Product Type', 'wu-plan-change' ) }
				value={ draft.type }
				options={ [
					{ value: 'plan', label: __( 'Plan', 'wu-plan-change' ) },
					{
						value: 'package',
						label: __( 'Package', 'wu-plan-change' ),
					},
					{
						value: 'service',
						label: __( 'Service', 'wu-plan-change' ),
					},
				] }
				onChange={ ( type ) =>
					update( {
						type: type as TabProps[ 'draft' ][ 'type' ],
						...( type === 'service' ? { limits: {} } : {} ),
						...( type === 'package' && draft.type === 'plan'
							? { limits: {} }
							: {} ),
					} )
				}
				help={ helpOrError(
					errors.type,
					__(
						'Plans are what a membership is on; packages change limits; services change nothing.',
						'wu-plan-change'
					)
				) }
			/>
			<ToggleControl
				label={ __( 'Active', 'wu-plan-change' ) }
				checked={ draft.active }
				onChange={ ( active ) => update( { active } ) }
				help={ helpOrError(
					errors.active,
					__(
						'Inactive products are never offered to customers; their members keep them.',
						'wu-plan-change'
					)
				) }
			/>
		</div>
	);
}
