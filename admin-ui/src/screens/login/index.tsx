import apiFetch from '@wordpress/api-fetch';
import { Button, Notice, TextControl } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import type { FormEvent } from 'react';
import { errorMessage } from '../../api/client';
import { useBoot } from '../../shell/boot-context';

/** What is true of the admin's password at this start (server/src/main.ts sets it). */
export function adminPasswordNote(
	state: 'printed' | 'reset' | 'unchanged'
): string {
	if ( state === 'printed' ) {
		return __(
			'The network admin (admin) password was printed in the terminal when the server started.',
			'wu-plan-change'
		);
	}
	if ( state === 'reset' ) {
		return __(
			'The network admin (admin) password was reset to WU_ADMIN_PASSWORD when the server started.',
			'wu-plan-change'
		);
	}
	return __(
		'The network admin (admin) keeps the password printed at the first start. Forgot it? Restart the server with WU_ADMIN_PASSWORD=new-secret npm run serve to reset it.',
		'wu-plan-change'
	);
}

/** The `/wp-login.php` form, with a note that is true of this start about the admin's password. */
export default function LoginScreen( { demo }: { demo: boolean } ) {
	const adminPassword = useBoot().admin_password ?? 'unchanged';
	const params = new URLSearchParams( window.location.search );
	const [ login, setLogin ] = useState( '' );
	const [ password, setPassword ] = useState( '' );
	const [ error, setError ] = useState(
		params.get( 'login' ) === 'failed'
			? __( 'The username or password is incorrect.', 'wu-plan-change' )
			: ''
	);
	const [ busy, setBusy ] = useState( false );

	const submit = async ( event: FormEvent ) => {
		event.preventDefault();
		setBusy( true );
		setError( '' );
		try {
			const result = await apiFetch< { redirect_to: string } >( {
				url: '/wp-login.php',
				method: 'POST',
				data: {
					log: login,
					pwd: password,
					redirect_to: params.get( 'redirect_to' ) ?? undefined,
				},
			} );
			window.location.assign( result.redirect_to );
		} catch ( failure ) {
			setError( errorMessage( failure ) );
			setBusy( false );
		}
	};

	return (
		<div id="login">
			<h1 className="wu-login__title">
				{ __( 'Ultimate Multisite', 'wu-plan-change' ) }
			</h1>
			{ params.get( 'loggedout' ) && ! error && (
				<Notice status="info" isDismissible={ false }>
					{ __( 'You are now logged out.', 'wu-plan-change' ) }
				</Notice>
			) }
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ error }
				</Notice>
			) }
			<form className="wu-login__form" onSubmit={ submit } noValidate>
				<TextControl
					__next40pxDefaultSize
					label={ __(
						'Username or Email Address',
						'wu-plan-change'
					) }
					value={ login }
					onChange={ setLogin }
					autoComplete="username"
					required
				/>
				<TextControl
					__next40pxDefaultSize
					label={ __( 'Password', 'wu-plan-change' ) }
					type="password"
					value={ password }
					onChange={ setPassword }
					autoComplete="current-password"
					required
				/>
				<Button
					__next40pxDefaultSize
					variant="primary"
					type="submit"
					isBusy={ busy }
					disabled={ busy }
				>
					{ __( 'Log In', 'wu-plan-change' ) }
				</Button>
			</form>
			<p className="wu-login__demo">
				{ adminPasswordNote( adminPassword ) }
				{ demo && ' ' }
				{ demo &&
					__(
						'Demo customers frida (Free), bjorn (Basic) and petra (Premium) use the password demo-customer.',
						'wu-plan-change'
					) }
			</p>
		</div>
	);
}
