import { LOCALES } from '../../i18n';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import type { User } from '../../domain/user';
import { setUserLocale } from '../../services/set-user-locale';
import { updateOwnAccount } from '../../services/update-account';
import { actorOf, type AuthUser } from '../auth';
import { userLocale } from '../locale';
import { loggedIn, withArgs } from '../rest-server';
import { oneOf, text } from '../schema';
import { emailField, fixedUsername, passwordField } from '../schemas/account';
import type { RouteDefinition } from './route-definition';

function presentMe(
	ctx: AppContext,
	user: Pick< AuthUser | User, 'id' | 'username' | 'displayName' | 'role' >
) {
	return {
		id: user.id,
		username: user.username,
		display_name: user.displayName,
		role: user.role,
		locale: userLocale( ctx, user.id ),
	};
}

const accountArgs = z.object( {
	email: emailField( { patternOnEmpty: true } ),
	display_name: text( { max: 200 } ),
	password: passwordField(),
	current_password: text( { max: 200 } ),
	// As WordPress's `locale` of a user: one of ours, or '' to follow the network's.
	locale: oneOf( LOCALES, { orEmpty: true } ),
	username: fixedUsername,
} );

/** `GET /users/me`: who the caller is (as WordPress's users/me); `PUT` changes their own account and settings. */
export const usersRoutes: RouteDefinition[] = [
	{
		route: '/users/me',
		endpoints: [
			{
				methods: [ 'GET' ],
				permission: loggedIn,
				handler: ( request, ctx ) => presentMe( ctx, request.user! ),
			},
			withArgs( accountArgs, {
				methods: [ 'PUT', 'PATCH' ],
				permission: loggedIn,
				handler: async ( request, ctx ) => {
					const { email, password, locale } = request.args;
					const displayName = request.args.display_name;
					const user = await updateOwnAccount(
						ctx,
						actorOf( request.user! ),
						{
							email,
							displayName: displayName || undefined,
							password,
							currentPassword: request.args.current_password,
						}
					);
					// NOTE: cached Basic credentials hold the account; a change drops this user's (basic-auth-cache.test.ts).
					if (
						email !== undefined ||
						displayName !== undefined ||
						password !== undefined ||
						locale !== undefined
					) {
						ctx.basicAuthCache.forget( user.id );
					}
					if ( locale !== undefined ) {
						setUserLocale(
							ctx,
							user.id,
							locale === '' ? null : locale
						);
					}
					return presentMe( ctx, user );
				},
			} ),
		],
	},
];
