import { auditRoute } from './audit-route';
import { clockRoutes } from './clock-routes';
import { customersListRoute } from './customers-list-route';
import { customersRoutes } from './customers-routes';
import { cancelRoutes, moneyBackRoutes } from './ending-routes';
import { emailsRoute } from './emails-route';
import { eventsRoute } from './events-route';
import { membershipCreateRoutes } from './membership-create-routes';
import { membershipNotesRoutes } from './membership-notes-routes';
import { membershipPaymentRoutes } from './membership-payment-routes';
import { membershipRoutes, membershipStateRoutes } from './membership-routes';
import { membershipsListRoute } from './memberships-list-route';
import { paymentsListRoute } from './payments-list-route';
import { paymentsRoutes } from './payments-routes';
import { productWriteRoutes } from './product-write-routes';
import { productsListRoute } from './products-list-route';
import { productsRoutes } from './products-routes';
import { quoteRoute } from './quote-route';
import { reportsRoutes } from './reports-routes';
import { sitesRoutes } from './sites-routes';
import { usageRoutes } from './usage-routes';
import { usersRoutes } from './users-routes';
import { webhooksRoutes } from './webhooks-routes';
import type { RouteDefinition } from './route-definition';

/** Every route the plugin registers; a new route module adds its list here. */
export const restRoutes: RouteDefinition[] = [
	...usersRoutes,
	...productsListRoute,
	...customersListRoute,
	...membershipsListRoute,
	...paymentsListRoute,
	...productsRoutes,
	...productWriteRoutes,
	...customersRoutes,
	...membershipCreateRoutes,
	...membershipRoutes,
	...quoteRoute,
	...membershipPaymentRoutes,
	...membershipStateRoutes,
	...membershipNotesRoutes,
	...cancelRoutes,
	...paymentsRoutes,
	...moneyBackRoutes,
	...sitesRoutes,
	...clockRoutes,
	...usageRoutes,
	...eventsRoute,
	...emailsRoute,
	...auditRoute,
	...webhooksRoutes,
	...reportsRoutes,
];
