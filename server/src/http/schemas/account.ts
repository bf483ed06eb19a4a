import { __ } from '../../i18n';
import { text } from '../schema';
import { forbidden } from './fields';

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const emailHint = () =>
	__( 'Email must be an email address.', 'wu-plan-change' );
const passwordHint = () =>
	__( 'Password must be at least 8 characters.', 'wu-plan-change' );

/** `email` of an account form. */
export function emailField< R extends boolean | undefined = undefined >(
	options: { required?: R; patternOnEmpty?: boolean } = {}
) {
	return text< R >( {
		...options,
		max: 200,
		pattern: EMAIL,
		patternHint: emailHint,
	} );
}

/** `password` of an account form: 8 to 200 characters. */
export function passwordField< R extends boolean | undefined = undefined >(
	options: { required?: R } = {}
) {
	return text< R >( {
		...options,
		max: 200,
		min: 8,
		minHint: passwordHint,
	} );
}

/** `username`, which an account form may not change. */
export const fixedUsername = forbidden( () =>
	__( 'The username cannot be changed.', 'wu-plan-change' )
);
