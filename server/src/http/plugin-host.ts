import type { HttpContext } from './http-context';
import type { PluginHost } from '../../../plugin/types';
import type { RestEndpoint } from './rest-server';

/** The host side of plugin registration: records pages, routes and assets in the context. */
export function createPluginHost(
	ctx: HttpContext
): PluginHost< RestEndpoint > {
	return {
		addMenuPage: ( page ) => {
			ctx.menu.push( page );
		},
		registerRestRoute: ( namespace, route, endpoints ) =>
			ctx.rest.register( namespace, route, endpoints ),
		enqueueScript: ( asset ) => {
			ctx.scripts.push( asset );
		},
		enqueueStyle: ( asset ) => {
			ctx.styles.push( asset );
		},
		addRoleCapabilities: ( role, capabilities ) => {
			ctx.capabilities[ role ] = [
				...new Set( [
					...( ctx.capabilities[ role ] ?? [] ),
					...capabilities,
				] ),
			];
		},
	};
}
