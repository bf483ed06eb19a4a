import manifest from './plugin.json';
import type { PluginHost, PluginManifest, RouteDefinition } from './types';

export const plugin = manifest as PluginManifest;

/**
 * Registers the plugin with its host, as a PHP plugin's bootstrap would: the menu
 * pages of both audiences, the REST routes of its namespace (its controllers, which the host
 * hands over as a PHP plugin's `require` would load them), its script and styles.
 */
export function registerPlugin< Endpoint >(
	host: PluginHost< Endpoint >,
	restRoutes: RouteDefinition< Endpoint >[]
): void {
	for ( const [ role, capabilities ] of Object.entries(
		plugin.capabilities
	) ) {
		host.addRoleCapabilities( role, capabilities );
	}
	for ( const page of [ ...plugin.admin_pages ].sort(
		( a, b ) => a.position - b.position
	) ) {
		host.addMenuPage( page );
	}
	for ( const route of restRoutes ) {
		host.registerRestRoute(
			plugin.rest_namespace,
			route.route,
			route.endpoints
		);
	}
	plugin.scripts.forEach( ( asset ) => host.enqueueScript( asset ) );
	plugin.styles.forEach( ( asset ) => host.enqueueStyle( asset ) );
}
