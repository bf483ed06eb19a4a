import type { RouteDefinition } from './index';
import { loggedIn } from '../rest-server';

/** `GET /users/me`: who the caller is (as WordPress's users/me). */
export const usersRoutes: RouteDefinition[] = [
	{
		route: '/users/me',
		endpoints: {
			methods: [ 'GET' ],
			permission: loggedIn,
			handler: ( request ) => {
				const user = request.user!;
				return { id: user.id, username: user.username, display_name: user.displayName, role: user.role };
			},
		},
	},
];
