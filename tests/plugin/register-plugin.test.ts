import { registerPlugin, plugin } from '../../plugin';
import type { AdminPage, PluginHost } from '../../plugin/types';
import { restRoutes } from '../../server/src/http/routes';

// The manifest drives the menus: adding a screen is adding an entry to plugin.json.
describe( 'registerPlugin', () => {
	const pages: AdminPage[] = [];
	const routes: string[] = [];
	const capabilities: Record< string, string[] > = {};
	const host: PluginHost = {
		addMenuPage: ( page ) => pages.push( page ),
		registerRestRoute: ( namespace, route ) =>
			routes.push( `${ namespace }${ route }` ),
		enqueueScript: () => undefined,
		enqueueStyle: () => undefined,
		addRoleCapabilities: ( role, caps ) => {
			capabilities[ role ] = caps;
		},
	};
	registerPlugin( host, restRoutes );

	it( 'registers the network admin menu in the order the issue names', () => {
		const network = pages
			.filter( ( p ) => p.audience === 'network' )
			.map( ( p ) => p.menu_title );
		expect( network ).toEqual( [
			'Dashboard',
			'Products',
			'Plan Groups',
			'Memberships',
			'Customers',
			'Payments',
			'Reports',
			'Webhooks',
			'Sent e-mails',
			'Profile',
		] );
	} );

	it( 'gives customers Dashboard, Account and their Profile, readable with the read capability', () => {
		const site = pages.filter( ( p ) => p.audience === 'site' );
		expect( site.map( ( p ) => p.menu_title ) ).toEqual( [
			'Dashboard',
			'Account',
			'Profile',
		] );
		expect(
			site.every( ( p ) =>
				capabilities.customer.includes( p.capability )
			)
		).toBe( true );
		expect(
			pages
				.filter( ( p ) => p.audience === 'network' )
				.some( ( p ) => capabilities.customer.includes( p.capability ) )
		).toBe( false );
	} );

	it( 'registers its REST routes under its namespace', () => {
		expect( plugin.rest_namespace ).toBe( 'wu/v2' );
		expect( routes ).toContain( 'wu/v2/users/me' );
	} );
} );
