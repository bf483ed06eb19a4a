import apiFetch from '@wordpress/api-fetch';
import { Button, Notice, TextControl } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import type { FormEvent } from 'react';
import { errorMessage } from '../../api/client';

/** The `/wp-login.php` form. */
export default function LoginScreen( { demo }: { demo: boolean } ) {
	const params = new URLSearchParams( window.location.search );
	const [ login, setLogin ] = useState( '' );
	const [ password, setPassword ] = useState( '' );
	const [ error, setError ] = useState( params.get( 'login' ) === 'failed' ? __( 'The username or password is incorrect.', 'wu-plan-change' ) : '' );
	const [ busy, setBusy ] = useState( false );

	const submit = async ( event: FormEvent ) => {
		event.preventDefault();
		setBusy( true );
		setError( '' );
		try {
			const result = await apiFetch< { redirect_to: string } >( {
				url: '/wp-login.php',
				method: 'POST',
				data: { log: login, pwd: password, redirect_to: params.get( 'redirect_to' ) ?? undefined },
			} );
			window.location.assign( result.redirect_to );
		} catch ( failure ) {
			setError( errorMessage( failure ) );
			setBusy( false );
		}
	};

	return (
		<div id="login">
			<h1 className="wu-login__title">{ __( 'Ultimate Multisite', 'wu-plan-change' ) }</h1>
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
					label={ __( 'Username or Email Address', 'wu-plan-change' ) }
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
				<Button __next40pxDefaultSize variant="primary" type="submit" isBusy={ busy } disabled={ busy }>
					{ __( 'Log In', 'wu-plan-change' ) }
				</Button>
			</form>
			{ demo && (
				<p className="wu-login__demo">
					{ __( 'Demo network: the network admin password was printed when the server started; customers frida (Free), bjorn (Basic) and petra (Premium) use the password demo-customer.', 'wu-plan-change' ) }
				</p>
			) }
		</div>
	);
}
