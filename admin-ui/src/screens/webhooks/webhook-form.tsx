import {
	Button,
	CheckboxControl,
	Notice,
	TextControl,
	ToggleControl,
} from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import type { FormEvent } from 'react';
import { errorMessage, fieldErrorsOf } from '../../api/client';
import type { Webhook, WebhookWrite } from '../../api/webhooks';
import { helpOrError } from '../products/product-form/field-error';
import { EVENT_TYPES } from './event-types';

export interface WebhookFormProps {
	/** The endpoint edited, or `null` to register one. */
	webhook: Webhook | null;
	/** Sends the body; rejects with the REST error body. */
	onSave: ( body: WebhookWrite ) => Promise< Webhook >;
	/** Called with the stored endpoint (with its secret after a creation). */
	onSaved: ( webhook: Webhook ) => void;
	onCancel?: () => void;
}

/** An endpoint's URL, its event types (or all) and whether it is active. */
export function WebhookForm( {
	webhook,
	onSave,
	onSaved,
	onCancel,
}: WebhookFormProps ) {
	const [ url, setUrl ] = useState( webhook?.url ?? '' );
	const [ all, setAll ] = useState( ( webhook?.events[ 0 ] ?? '*' ) === '*' );
	const [ chosen, setChosen ] = useState< string[] >(
		webhook && webhook.events[ 0 ] !== '*' ? webhook.events : []
	);
	const [ active, setActive ] = useState( webhook?.active ?? true );
	const [ errors, setErrors ] = useState< Record< string, string > >( {} );
	const [ failure, setFailure ] = useState< string | null >( null );
	const [ busy, setBusy ] = useState( false );

	const toggle = ( type: string, on: boolean ) =>
		setChosen( ( current ) =>
			on
				? [ ...current, type ]
				: current.filter( ( item ) => item !== type )
		);
	const save = async ( event: FormEvent ) => {
		event.preventDefault();
		setBusy( true );
		try {
			const stored = await onSave( {
				url: url.trim(),
				events: all ? [ '*' ] : chosen,
				active,
			} );
			setErrors( {} );
			setFailure( null );
			onSaved( stored );
		} catch ( error ) {
			setErrors( fieldErrorsOf( error ) ?? {} );
			setFailure( errorMessage( error ) );
		} finally {
			setBusy( false );
		}
	};

	return (
		<form
			className="wu-panel wu-webhook-form"
			onSubmit={ save }
			noValidate
			aria-label={
				webhook
					? __( 'Edit webhook', 'wu-plan-change' )
					: __( 'Add webhook', 'wu-plan-change' )
			}
		>
			{ failure && (
				<Notice status="error" isDismissible={ false }>
					{ failure }
				</Notice>
			) }
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'URL', 'wu-plan-change' ) }
				type="url"
				value={ url }
				onChange={ setUrl }
				help={ helpOrError(
					errors.url,
					__(
						'An http:// or https:// address that accepts POST requests.',
						'wu-plan-change'
					)
				) }
			/>
			<fieldset className="wu-webhook-form__events">
				<legend>{ __( 'Event types', 'wu-plan-change' ) }</legend>
				<CheckboxControl
					__nextHasNoMarginBottom
					label={ __( 'All events', 'wu-plan-change' ) }
					checked={ all }
					onChange={ setAll }
				/>
				{ ! all &&
					EVENT_TYPES.map( ( type ) => (
						<CheckboxControl
							__nextHasNoMarginBottom
							key={ type }
							label={ type }
							checked={ chosen.includes( type ) }
							onChange={ ( on ) => toggle( type, on ) }
						/>
					) ) }
				{ errors.events && (
					<p className="wu-field-error">{ errors.events }</p>
				) }
			</fieldset>
			<ToggleControl
				__nextHasNoMarginBottom
				label={ __( 'Active', 'wu-plan-change' ) }
				checked={ active }
				onChange={ setActive }
			/>
			<div className="wu-actions">
				<Button
					variant="primary"
					type="submit"
					isBusy={ busy }
					disabled={ busy || ( ! all && chosen.length === 0 ) }
					accessibleWhenDisabled
				>
					{ webhook
						? __( 'Save webhook', 'wu-plan-change' )
						: __( 'Add webhook', 'wu-plan-change' ) }
				</Button>
				{ onCancel && (
					<Button variant="tertiary" onClick={ onCancel }>
						{ __( 'Cancel', 'wu-plan-change' ) }
					</Button>
				) }
			</div>
		</form>
	);
}
