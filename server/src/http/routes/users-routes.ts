import { __, LOCALES } from '../../i18n';
import type { AppContext } from '../app-context';
import type { User } from '../../domain/user';
import { updateOwnAccount } from '../../services/update-account';
import { actorOf, type AuthUser } from '../auth';
import { userLocale } from '../locale';
import { ParamReader } from '../params';
import { loggedIn } from '../rest-server';
import type { RouteDefinition } from './route-definition';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

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
			{
				methods: [ 'PUT', 'PATCH' ],
				permission: loggedIn,
				handler: async ( request, ctx ) => {
					const reader = new ParamReader( request.body );
					const email = reader.string( 'email', {
						max: 200,
						pattern: EMAIL,
						patternHint: __(
							'Email must be an email address.',
							'wu-plan-change'
						),
					} );
					if ( email === '' ) {
						reader.fail(
							'email',
							__(
								'Email must be an email address.',
								'wu-plan-change'
							)
						);
					}
					const displayName = reader.string( 'display_name', {
						max: 200,
					} );
					const password = reader.string( 'password', { max: 200 } );
					if ( password !== undefined && password.length < 8 ) {
						reader.fail(
							'password',
							__(
								'Password must be at least 8 characters.',
								'wu-plan-change'
							)
						);
					}
					const currentPassword = reader.string( 'current_password', {
						max: 200,
					} );
					// As WordPress's `locale` of a user: one of ours, or '' to follow the network's.
					const locale =
						request.body.locale === ''
							? ''
							: reader.oneOf( 'locale', LOCALES );
					if ( reader.has( 'username' ) ) {
						reader.fail(
							'username',
							__(
								'The username cannot be changed.',
								'wu-plan-change'
							)
						);
					}
					reader.done();
					const user = await updateOwnAccount(
						ctx,
						actorOf( request.user! ),
						{
							email,
							displayName: displayName || undefined,
							password,
							currentPassword,
						}
					);
					// NOTE: cached Basic credentials hold the account; a change drops this user's (basic-auth-cache.test.ts).
					if (
						email !== undefined ||
						displayName !== undefined ||
						password !== undefined
					) {
						ctx.basicAuthCache.forget( user.id );
					}
					if ( locale !== undefined ) {
						ctx.users.setLocale(
							user.id,
							locale === '' ? null : locale
						);
					}
					return presentMe( ctx, user );
				},
			},
		],
	},
];
