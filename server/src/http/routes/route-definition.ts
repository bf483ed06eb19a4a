import type { RouteDefinition as PluginRoute } from '../../../../plugin/types';
import type { RestEndpoint } from '../rest-server';

/** A REST route of the plugin's namespace and its endpoints (Express path syntax). */
export type RouteDefinition = PluginRoute< RestEndpoint >;
