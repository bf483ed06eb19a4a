import type { RestEndpoint } from '../rest-server';
import { clockRoutes } from './clock-routes';
import { customersRoutes } from './customers-routes';
import { membershipNotesRoutes } from './membership-notes-routes';
import { membershipsRoutes } from './memberships-routes';
import { paymentsRoutes } from './payments-routes';
import { productsRoutes } from './products-routes';
import { quoteRoute } from './quote-route';
import { sitesRoutes } from './sites-routes';
import { usageRoutes } from './usage-routes';
import { usersRoutes } from './users-routes';

/** A REST route of the plugin's namespace and its endpoints (Express path syntax). */
export interface RouteDefinition {
	route: string;
	endpoints: RestEndpoint | RestEndpoint[];
}

/** Every route the plugin registers; a new route module adds its list here. */
export const restRoutes: RouteDefinition[] = [
	...usersRoutes,
	...productsRoutes,
	...customersRoutes,
	...membershipsRoutes,
	...quoteRoute,
	...membershipNotesRoutes,
	...paymentsRoutes,
	...sitesRoutes,
	...clockRoutes,
	...usageRoutes,
];
