import { clockRoutes } from './clock-routes';
import { customersListRoute } from './customers-list-route';
import { customersRoutes } from './customers-routes';
import { membershipNotesRoutes } from './membership-notes-routes';
import { membershipsListRoute } from './memberships-list-route';
import { membershipsRoutes } from './memberships-routes';
import { paymentsListRoute } from './payments-list-route';
import { paymentsRoutes } from './payments-routes';
import { productsListRoute } from './products-list-route';
import { productsRoutes } from './products-routes';
import { sitesRoutes } from './sites-routes';
import { usageRoutes } from './usage-routes';
import { usersRoutes } from './users-routes';
import type { RouteDefinition } from './route-definition';

/** Every route the plugin registers; a new route module adds its list here. */
export const restRoutes: RouteDefinition[] = [
	...usersRoutes,
	...productsListRoute,
	...customersListRoute,
	...membershipsListRoute,
	...paymentsListRoute,
	...productsRoutes,
	...customersRoutes,
	...membershipsRoutes,
	...membershipNotesRoutes,
	...paymentsRoutes,
	...sitesRoutes,
	...clockRoutes,
	...usageRoutes,
];
