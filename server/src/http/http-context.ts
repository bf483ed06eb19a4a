import {
	createAppContext,
	type AppContext,
	type HttpOptions,
} from './app-context';
import { RestServer } from './rest-server';
import type { BillingDeps } from '../services/billing-deps';

/** The app's context: the handlers' context and the registry of REST routes they serve. */
export interface HttpContext extends AppContext {
	/** The REST routes (`register_rest_route`): the plugin's, and any a test adds. */
	rest: RestServer;
}

/** The HTTP layer's context over the use cases' dependencies. */
export function createHttpContext(
	deps: BillingDeps,
	options: HttpOptions = {}
): HttpContext {
	return { ...createAppContext( deps, options ), rest: new RestServer() };
}
