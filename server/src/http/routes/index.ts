import type { RestEndpoint } from '../rest-server';
import { usersRoutes } from './users-routes';

/** A REST route of the plugin's namespace and its endpoints (Express path syntax). */
export interface RouteDefinition {
	route: string;
	endpoints: RestEndpoint | RestEndpoint[];
}

/** Every route the plugin registers; a new route module adds its list here. */
export const restRoutes: RouteDefinition[] = [ ...usersRoutes ];
