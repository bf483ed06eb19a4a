import type { RouteDefinition } from './index';
import type { AppContext } from '../../context';
import { LOCALES } from '../../i18n';
import type { AuthUser } from '../auth';
import { userLocale } from '../locale';
import { ParamReader } from '../params';
import { loggedIn } from '../rest-server';

function presentMe( ctx: AppContext, user: AuthUser ) {
	return { id: user.id, username: user.username, display_name: user.displayName, role: user.role, locale: userLocale( ctx, user.id ) };
}

/** `GET/PUT /users/me`: who the caller is (as WordPress's users/me), and their own settings. */
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
				handler: ( request, ctx ) => {
					const user = request.user!;
					const reader = new ParamReader( request.body );
					// As WordPress's `locale` of a user: one of ours, or '' to follow the network's.
					const locale = request.body.locale === '' ? '' : reader.oneOf( 'locale', LOCALES );
					reader.done();
					if ( locale !== undefined ) {
						ctx.users.setLocale( user.id, locale === '' ? null : locale );
					}
					return presentMe( ctx, user );
				},
			},
		],
	},
];
