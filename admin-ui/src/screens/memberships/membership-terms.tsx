import {
	SelectControl,
	TextControl,
	ToggleControl,
} from '@wordpress/components';
import { __ } from '@wordpress/i18n';
import { helpOrError } from '../products/product-form/field-error';
import type { MembershipDraft } from './membership-draft';

/** Status, trial end, period start and auto-renew of a new membership. */
export function MembershipTerms( {
	draft,
	errors,
	update,
}: {
	draft: MembershipDraft;
	errors: Record< string, string >;
	update: ( patch: Partial< MembershipDraft > ) => void;
} ) {
	return (
		<>
			<SelectControl
				__next40pxDefaultSize
				label={ __( 'Status', 'wu-plan-change' ) }
				value={ draft.status }
				options={ [
					{
						value: 'active',
						label: __( 'Active', 'wu-plan-change' ),
					},
					{
						value: 'trialing',
						label: __( 'Trialing', 'wu-plan-change' ),
					},
				] }
				onChange={ ( value ) =>
					update( {
						status: value as MembershipDraft[ 'status' ],
					} )
				}
				help={ helpOrError( errors.status ) }
			/>
			{ draft.status === 'trialing' && (
				<TextControl
					__next40pxDefaultSize
					type="date"
					label={ __( 'Trial end', 'wu-plan-change' ) }
					value={ draft.trialEnd }
					onChange={ ( trialEnd ) => update( { trialEnd } ) }
					help={ helpOrError(
						errors.trial_end,
						__(
							'Left empty, the plan’s own trial applies. Dates are in UTC.',
							'wu-plan-change'
						)
					) }
				/>
			) }
			<TextControl
				__next40pxDefaultSize
				type="date"
				label={ __( 'Period start', 'wu-plan-change' ) }
				value={ draft.periodStart }
				onChange={ ( periodStart ) => update( { periodStart } ) }
				help={ helpOrError(
					errors.period_start,
					__(
						'Left empty, the period starts now. Dates are in UTC.',
						'wu-plan-change'
					)
				) }
			/>
			<ToggleControl
				label={ __( 'Auto-renew', 'wu-plan-change' ) }
				checked={ draft.autoRenew }
				onChange={ ( autoRenew ) => update( { autoRenew } ) }
				help={ helpOrError( errors.auto_renew ) }
			/>
		</>
	);
}
