/** The shapes of `plugin.json` and of the host a plugin registers itself with. */

export type Audience = 'network' | 'site';

/** An admin page, as `add_menu_page` would declare it. */
export interface AdminPage {
	slug: string;
	audience: Audience;
	/** The page title (English source text; translated in the UI). */
	title: string;
	menu_title: string;
	/** The path below `/wp-admin/network/` or `/wp-admin/`, '' for the dashboard. */
	path: string;
	capability: string;
	position: number;
	icon: string;
	/** The admin-ui screen that renders it. */
	screen: string;
}

export interface Asset {
	handle: string;
	src: string;
}

export interface PluginManifest {
	name: string;
	slug: string;
	version: string;
	description: string;
	text_domain: string;
	rest_namespace: string;
	scripts: Asset[];
	styles: Asset[];
	capabilities: Record< string, string[] >;
	admin_pages: AdminPage[];
}

/** A REST route of the plugin's namespace (Express path syntax) and its endpoints, of the host's type. */
export interface RouteDefinition< Endpoint > {
	route: string;
	endpoints: Endpoint | Endpoint[];
}

/**
 * What a host offers a plugin: WordPress's add_menu_page, register_rest_route, wp_enqueue_*.
 * `Endpoint` is the host's endpoint type: the plugin passes them through without looking inside.
 */
export interface PluginHost< Endpoint = unknown > {
	addMenuPage: ( page: AdminPage ) => void;
	registerRestRoute: (
		namespace: string,
		route: string,
		endpoints: Endpoint | Endpoint[]
	) => void;
	enqueueScript: ( asset: Asset ) => void;
	enqueueStyle: ( asset: Asset ) => void;
	addRoleCapabilities: ( role: string, capabilities: string[] ) => void;
}
