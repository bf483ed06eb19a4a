import type { Filter, View } from '@wordpress/dataviews';

/** What a list keeps in its address: the page, search, sort and each filter by its field id. */
export interface ListSpec {
	/** The ids of the fields filtered through the address (each also a query parameter). */
	filters: string[];
	perPage: number;
}

function filterValue( filter: Filter ): string {
	const value = filter.value as unknown;
	return Array.isArray( value ) ? value.join( ',' ) : String( value ?? '' );
}

/** The view of the address `query` over `base` (layout and columns, kept by the screen). */
export function viewFromQuery(
	query: string,
	base: View,
	spec: ListSpec
): View {
	const params = new URLSearchParams( query );
	const filters: Filter[] = [];
	for ( const field of spec.filters ) {
		const raw = params.get( field );
		if ( raw ) {
			const values = raw.split( ',' ).filter( Boolean );
			filters.push(
				values.length > 1 || field === 'status'
					? { field, operator: 'isAny', value: values }
					: { field, operator: 'is', value: values[ 0 ] }
			);
		}
	}
	const orderby = params.get( 'orderby' );
	const order = params.get( 'order' ) === 'asc' ? 'asc' : 'desc';
	return {
		...base,
		search: params.get( 'search' ) ?? '',
		page: Math.max( 1, Number( params.get( 'paged' ) ) || 1 ),
		perPage:
			Math.min( 100, Number( params.get( 'per_page' ) ) ) || spec.perPage,
		sort: orderby ? { field: orderby, direction: order } : base.sort,
		filters,
	} as View;
}

/** The address's query string for `view` (page, search, sort, filters). */
export function queryFromView( view: View, spec: ListSpec ): string {
	const params = new URLSearchParams();
	if ( view.search ) {
		params.set( 'search', view.search );
	}
	for ( const filter of view.filters ?? [] ) {
		const value = filterValue( filter );
		if ( spec.filters.includes( filter.field ) && value ) {
			params.set( filter.field, value );
		}
	}
	if ( view.sort ) {
		params.set( 'orderby', view.sort.field );
		params.set( 'order', view.sort.direction );
	}
	if ( view.perPage && view.perPage !== spec.perPage ) {
		params.set( 'per_page', String( view.perPage ) );
	}
	if ( view.page && view.page > 1 ) {
		params.set( 'paged', String( view.page ) );
	}
	return params.toString();
}

/** The REST query of a list view: page, per_page, search, orderby/order and the filters. */
export function restQuery(
	view: View,
	spec: ListSpec
): Record< string, string | number > {
	const rest: Record< string, string | number > = {
		page: view.page ?? 1,
		per_page: view.perPage ?? spec.perPage,
	};
	if ( view.search ) {
		rest.search = view.search;
	}
	if ( view.sort ) {
		rest.orderby = view.sort.field;
		rest.order = view.sort.direction;
	}
	for ( const filter of view.filters ?? [] ) {
		const value = filterValue( filter );
		if ( spec.filters.includes( filter.field ) && value ) {
			rest[ filter.field ] = value;
		}
	}
	return rest;
}
