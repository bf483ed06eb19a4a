import type { Method, RegisteredRoute } from './rest-server';
import { argsOf } from './schema';

/** One route of the REST index, as WordPress lists it (and answers `OPTIONS` on it). */
export interface RouteIndexEntry {
	namespace: string;
	methods: Method[];
	endpoints: {
		methods: Method[];
		args: Record< string, Record< string, unknown > >;
	}[];
}

/** WordPress's route notation for the index: `/products/:id` → `/products/(?P<id>[\d]+)`. */
export function toWordPressPattern( route: string ): string {
	return route.replace( /:([a-z_]+)/g, ( _m, name: string ) =>
		name === 'id' || name.endsWith( '_id' )
			? `(?P<${ name }>[\\d]+)`
			: `(?P<${ name }>[\\w-]+)`
	);
}

/**
 * The index entries of `routes` keyed by WordPress pattern; a route registered by two modules
 * (GET in one, PUT in another) is listed once with both. Each endpoint lists its `args` from
 * its schema.
 */
export function routeIndex(
	routes: readonly RegisteredRoute[]
): Record< string, RouteIndexEntry > {
	const index: Record< string, RouteIndexEntry > = {};
	for ( const r of routes ) {
		const key = `/${ r.namespace }${ toWordPressPattern( r.route ) }`;
		const entry = ( index[ key ] ??= {
			namespace: r.namespace,
			methods: [],
			endpoints: [],
		} );
		for ( const endpoint of r.endpoints ) {
			entry.methods.push( ...endpoint.methods );
			entry.endpoints.push( {
				methods: endpoint.methods,
				args: argsOf( endpoint.args ),
			} );
		}
	}
	return index;
}
