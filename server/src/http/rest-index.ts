import type { z } from 'zod';
import { argsOf } from './schema';

/** An HTTP method a REST endpoint answers. */
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What the index reads of a registered route: its path, and each endpoint's methods and schema. */
export interface IndexedRoute {
	namespace: string;
	route: string;
	endpoints: readonly { methods: Method[]; args?: z.ZodType }[];
}

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
	routes: readonly IndexedRoute[]
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
