import { clockRoutes } from './clock-routes';
import { customersRoutes } from './customers-routes';
import { membershipNotesRoutes } from './membership-notes-routes';
import { membershipsRoutes } from './memberships-routes';
import { paymentsRoutes } from './payments-routes';
import { productsRoutes } from './products-routes';
import { sitesRoutes } from './sites-routes';
import { usageRoutes } from './usage-routes';
import { usersRoutes } from './users-routes';
import type { RouteDefinition } from './route-definition';

/** Every route the plugin registers; a new route module adds its list here. */
export const restRoutes: RouteDefinition[] = [
	...usersRoutes,
	...productsRoutes,
	...customersRoutes,
	...membershipsRoutes,
	...membershipNotesRoutes,
	...paymentsRoutes,
	...sitesRoutes,
	...clockRoutes,
	...usageRoutes,
];
