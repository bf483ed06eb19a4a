import { Button, Notice, TextControl } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import type { FormEvent } from 'react';
import { errorMessage, errorSummary, fieldErrorsOf } from '../../api/client';
import type { CustomerWrite } from '../../api/customers';
import type { Customer } from '../../api/types';
import { useUnsavedChanges } from '../../components/unsaved-changes';
import { helpOrError } from '../products/product-form/field-error';

export interface CustomerFormProps {
	/** The customer edited, or `null` to create one. */
	customer: Customer | null;
	/** Sends the body to the server; rejects with the REST error body. */
	onSave: ( data: CustomerWrite ) => Promise< Customer >;
	/** Called with the stored customer after a save. */
	onSaved: ( customer: Customer ) => void;
	/** Reports a failure that is not about a field (shown as a notice). */
	onError: ( message: string ) => void;
}

interface CustomerDraft {
	username: string;
	email: string;
	display_name: string;
	password: string;
}

const FIELDS = [ 'username', 'email', 'display_name', 'password' ];
const PASSWORD_ALPHABET =
	'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%^&*';

/** A random password of `length` characters from the browser's crypto source. */
export function generatePassword( length = 20 ): string {
	const bytes = new Uint32Array( length );
	window.crypto.getRandomValues( bytes );
	return Array.from(
		bytes,
		( byte ) => PASSWORD_ALPHABET[ byte % PASSWORD_ALPHABET.length ]
	).join( '' );
}

function toDraft( customer: Customer | null ): CustomerDraft {
	return {
		username: customer?.username ?? '',
		email: customer?.email ?? '',
		display_name: customer?.display_name ?? '',
		password: '',
	};
}

/** Only what a save sends: all fields for a new customer, the changed ones (and a typed password) for an edit. */
function toBody(
	draft: CustomerDraft,
	customer: Customer | null
): CustomerWrite {
	if ( ! customer ) {
		return {
			username: draft.username.trim(),
			email: draft.email.trim(),
			display_name: draft.display_name.trim() || undefined,
			password: draft.password,
		};
	}
	const body: CustomerWrite = {};
	if ( draft.email.trim() !== customer.email ) {
		body.email = draft.email.trim();
	}
	if ( draft.display_name.trim() !== customer.display_name ) {
		body.display_name = draft.display_name.trim();
	}
	if ( draft.password ) {
		body.password = draft.password;
	}
	return body;
}

/** A customer's account: username (new only), email, display name and password with a generator. */
export function CustomerForm( {
	customer,
	onSave,
	onSaved,
	onError,
}: CustomerFormProps ) {
	const [ draft, setDraft ] = useState< CustomerDraft >( () =>
		toDraft( customer )
	);
	const [ errors, setErrors ] = useState< Record< string, string > >( {} );
	const [ summary, setSummary ] = useState< string | null >( null );
	const [ showPassword, setShowPassword ] = useState( false );
	const [ busy, setBusy ] = useState( false );
	const [ done, setDone ] = useState( false );
	const dirty =
		! done &&
		JSON.stringify( draft ) !== JSON.stringify( toDraft( customer ) );
	useUnsavedChanges( dirty );
	const update = ( patch: Partial< CustomerDraft > ) =>
		setDraft( ( current ) => ( { ...current, ...patch } ) );

	const save = async ( event?: FormEvent ) => {
		event?.preventDefault();
		setBusy( true );
		try {
			const stored = await onSave( toBody( draft, customer ) );
			setErrors( {} );
			setSummary( null );
			setDone( true );
			onSaved( stored );
		} catch ( error ) {
			const params = fieldErrorsOf( error );
			if ( params ) {
				setErrors( params );
				const message = customer
					? __(
							'The customer was not saved: some fields need attention.',
							'wu-plan-change'
						)
					: __(
							'The customer was not created: some fields need attention.',
							'wu-plan-change'
						);
				setSummary(
					errorSummary( message, params, ( field ) =>
						FIELDS.includes( field )
					)
				);
			} else {
				onError( errorMessage( error ) );
			}
		} finally {
			setBusy( false );
		}
	};

	return (
		<form
			className="wu-panel wu-customer-form"
			onSubmit={ save }
			noValidate
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
			<div className="wu-form-grid wu-tab-body">
				{ customer ? (
					<TextControl
						__next40pxDefaultSize
						label={ __( 'Username', 'wu-plan-change' ) }
						value={ customer.username }
						disabled
						readOnly
						help={ __(
							'Usernames cannot be changed.',
							'wu-plan-change'
						) }
						onChange={ () => undefined }
					/>
				) : (
					<TextControl
						__next40pxDefaultSize
						label={ __( 'Username', 'wu-plan-change' ) }
						value={ draft.username }
						onChange={ ( username ) => update( { username } ) }
						help={ helpOrError(
							errors.username,
							__(
								'3 to 60 letters, digits or . _ @ -',
								'wu-plan-change'
							)
						) }
						autoComplete="off"
						required
					/>
				) }
				<TextControl
					__next40pxDefaultSize
					type="email"
					label={ __( 'Email', 'wu-plan-change' ) }
					value={ draft.email }
					onChange={ ( email ) => update( { email } ) }
					help={ helpOrError( errors.email ) }
					required
				/>
				<TextControl
					__next40pxDefaultSize
					label={ __( 'Display name', 'wu-plan-change' ) }
					value={ draft.display_name }
					onChange={ ( displayName ) =>
						update( { display_name: displayName } )
					}
					help={ helpOrError(
						errors.display_name,
						customer
							? undefined
							: __(
									'Left empty, the username is shown.',
									'wu-plan-change'
								)
					) }
				/>
				<div className="wu-password">
					<TextControl
						__next40pxDefaultSize
						type={ showPassword ? 'text' : 'password' }
						label={
							customer
								? __( 'New password', 'wu-plan-change' )
								: __( 'Password', 'wu-plan-change' )
						}
						value={ draft.password }
						onChange={ ( password ) => update( { password } ) }
						help={ helpOrError(
							errors.password,
							customer
								? __(
										'Left empty, the password stays as it is. At least 8 characters.',
										'wu-plan-change'
									)
								: __(
										'At least 8 characters.',
										'wu-plan-change'
									)
						) }
						autoComplete="new-password"
						required={ ! customer }
					/>
					<div className="wu-actions">
						<Button
							variant="secondary"
							onClick={ () => {
								update( { password: generatePassword() } );
								setShowPassword( true );
							} }
						>
							{ __( 'Generate password', 'wu-plan-change' ) }
						</Button>
						<Button
							variant="tertiary"
							onClick={ () =>
								setShowPassword( ( shown ) => ! shown )
							}
							aria-pressed={ showPassword }
						>
							{ showPassword
								? __( 'Hide password', 'wu-plan-change' )
								: __( 'Show password', 'wu-plan-change' ) }
						</Button>
					</div>
				</div>
			</div>
			<div className="wu-form-actions">
				<Button
					variant="primary"
					type="submit"
					isBusy={ busy }
					disabled={ busy }
					accessibleWhenDisabled
				>
					{ customer
						? __( 'Save Customer', 'wu-plan-change' )
						: __( 'Add Customer', 'wu-plan-change' ) }
				</Button>
				{ dirty && (
					<span className="wu-unsaved">
						{ __( 'Unsaved changes', 'wu-plan-change' ) }
					</span>
				) }
			</div>
		</form>
	);
}
