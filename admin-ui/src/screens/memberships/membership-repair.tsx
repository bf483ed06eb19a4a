import {
	Button,
	Notice,
	SelectControl,
	TextControl,
	ToggleControl,
} from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import type { FormEvent } from 'react';
import { errorMessage, errorSummary, fieldErrorsOf } from '../../api/client';
import { repairMembership, type MembershipRepair } from '../../api/memberships';
import type { Membership, MembershipStatus } from '../../api/types';
import { membershipStatusLabel } from '../../components/status-badge';
import { helpOrError } from '../products/product-form/field-error';

/** Statuses a repair may set (the server also keeps the current one). */
const REPAIR_STATUSES: MembershipStatus[] = [
	'active',
	'expired',
	'cancelled',
];
const FIELDS = [ 'status', 'period_end', 'auto_renew' ];

/** The renewal error of a membership as an error notice (RULES R5), or nothing. */
export function RenewalErrorNotice( {
	membership,
}: {
	membership: Membership;
} ) {
	const error = membership.renewal_error;
	if ( ! error ) {
		return null;
	}
	return (
		<Notice
			status="error"
			isDismissible={ false }
			className="wu-renewal-error"
		>
			<p>
				<strong>
					{ __(
						'This membership’s renewal could not be processed.',
						'wu-plan-change'
					) }
				</strong>
			</p>
			<p>
				{ sprintf(
					/* translators: 1: instant (ISO 8601 UTC), 2: the reason */ __(
						'At %1$s: %2$s',
						'wu-plan-change'
					),
					error.at,
					error.message
				) }
			</p>
			<p>
				{ __(
					'Renewals skip it until it is repaired: correct it under “Repair” and save.',
					'wu-plan-change'
				) }
			</p>
		</Notice>
	);
}

/** `YYYY-MM-DDTHH:MM` (UTC) of an instant for a datetime-local input, or '' when it has no four-digit year. */
function toInputValue( iso: string | null ): string {
	return iso && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test( iso )
		? iso.slice( 0, 16 )
		: '';
}

/** The instant of a datetime-local value read as UTC. */
function fromInputValue( value: string ): string {
	return value.length === 16 ? `${ value }:00Z` : `${ value }Z`;
}

export interface MembershipRepairFormProps {
	membership: Membership;
	/** Called with the stored membership after a save. */
	onSaved: ( membership: Membership ) => void;
	/** Reports a failure that is not about a field. */
	onError: ( message: string ) => void;
}

/** The admin's repair of a membership (PUT /memberships/{id}): status, period end (UTC) and auto-renew; saving clears its renewal error. */
export function MembershipRepairForm( {
	membership,
	onSaved,
	onError,
}: MembershipRepairFormProps ) {
	const initialEnd = toInputValue( membership.period_end );
	const [ status, setStatus ] = useState< MembershipStatus >(
		membership.status
	);
	const [ periodEnd, setPeriodEnd ] = useState( initialEnd );
	const [ autoRenew, setAutoRenew ] = useState( membership.auto_renew );
	const [ errors, setErrors ] = useState< Record< string, string > >( {} );
	const [ summary, setSummary ] = useState< string | null >( null );
	const [ busy, setBusy ] = useState( false );
	const statuses = REPAIR_STATUSES.includes( membership.status )
		? REPAIR_STATUSES
		: [ membership.status, ...REPAIR_STATUSES ];

	const save = async ( event?: FormEvent ) => {
		event?.preventDefault();
		const body: MembershipRepair = { status, auto_renew: autoRenew };
		if ( periodEnd !== initialEnd ) {
			body.period_end = periodEnd ? fromInputValue( periodEnd ) : '';
		}
		setBusy( true );
		try {
			const stored = await repairMembership( membership.id, body );
			setErrors( {} );
			setSummary( null );
			onSaved( stored );
		} catch ( error ) {
			const params = fieldErrorsOf( error );
			if ( params ) {
				setErrors( params );
				setSummary(
					errorSummary(
						__(
							'The membership was not saved: some fields need attention.',
							'wu-plan-change'
						),
						params,
						( field ) => FIELDS.includes( field )
					)
				);
			} else {
				onError( errorMessage( error ) );
			}
		} finally {
			setBusy( false );
		}
	};

	const storedEnd =
		membership.period_end && ! initialEnd
			? sprintf(
					/* translators: %s: the stored value */ __(
						'The stored period end, %s, is not a valid date: enter one.',
						'wu-plan-change'
					),
					membership.period_end
				)
			: __(
					'In UTC. The next periods are counted from it.',
					'wu-plan-change'
				);
	return (
		<form
			className="wu-repair-form"
			onSubmit={ save }
			noValidate
			aria-label={ __( 'Repair the membership', 'wu-plan-change' ) }
		>
			{ summary && (
				<Notice
					status="error"
					isDismissible={ false }
					className="wu-form-summary"
				>
					{ summary }
				</Notice>
			) }
			<SelectControl
				__next40pxDefaultSize
				label={ __( 'Status', 'wu-plan-change' ) }
				value={ status }
				options={ statuses.map( ( value ) => ( {
					value,
					label: membershipStatusLabel( value ),
				} ) ) }
				onChange={ ( value ) => setStatus( value as MembershipStatus ) }
				help={ helpOrError( errors.status ) }
			/>
			{ membership.period_end !== null && (
				<TextControl
					__next40pxDefaultSize
					type="datetime-local"
					label={ __( 'Period end', 'wu-plan-change' ) }
					value={ periodEnd }
					onChange={ setPeriodEnd }
					help={ helpOrError( errors.period_end, storedEnd ) }
				/>
			) }
			<ToggleControl
				label={ __( 'Auto-renew', 'wu-plan-change' ) }
				checked={ autoRenew }
				onChange={ setAutoRenew }
				help={ helpOrError( errors.auto_renew ) }
			/>
			<div className="wu-form-actions">
				<Button
					variant="primary"
					type="submit"
					isBusy={ busy }
					disabled={ busy }
					accessibleWhenDisabled
				>
					{ __( 'Save repair', 'wu-plan-change' ) }
				</Button>
			</div>
		</form>
	);
}
