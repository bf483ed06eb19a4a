import apiFetch from '@wordpress/api-fetch';

/** The REST error body; api-fetch rejects with it as is. */
export interface RestError {
	code: string;
	message: string;
	data?: {
		status?: number;
		params?: Record< string, string >;
		[ key: string ]: unknown;
	};
}

/** A page of a collection with the totals of `X-WP-Total` / `X-WP-TotalPages`. */
export interface Page< T > {
	items: T[];
	total: number;
	totalPages: number;
}

let configured = false;

/** Sets up api-fetch once: the REST root and the session's nonce. */
export function configureApiFetch( restRoot: string, nonce: string ): void {
	if ( configured ) {
		return;
	}
	configured = true;
	apiFetch.use( apiFetch.createRootURLMiddleware( restRoot ) );
	if ( nonce ) {
		apiFetch.use( apiFetch.createNonceMiddleware( nonce ) );
	}
}

const NAMESPACE = '/wu/v2';

/** A query string from defined values only. */
export function query(
	params: Record< string, string | number | boolean | undefined | null >
): string {
	const search = new URLSearchParams();
	for ( const [ key, value ] of Object.entries( params ) ) {
		if ( value !== undefined && value !== null && value !== '' ) {
			search.set( key, String( value ) );
		}
	}
	const text = search.toString();
	return text ? `?${ text }` : '';
}

/** GET a resource of the plugin's namespace. */
export function get< T >( path: string ): Promise< T > {
	return apiFetch< T >( { path: NAMESPACE + path } );
}

/** GET a collection page with its totals. */
export async function getPage< T >( path: string ): Promise< Page< T > > {
	let response: Response;
	try {
		response = ( await apiFetch( {
			path: NAMESPACE + path,
			parse: false,
		} as Parameters< typeof apiFetch >[ 0 ] ) ) as Response;
	} catch ( error ) {
		// Without parsing, api-fetch rejects with the raw response: hand on its error body.
		if ( typeof ( error as Response )?.json === 'function' ) {
			throw await ( error as Response ).json().catch( () => ( {
				code: 'unknown',
				message: String( ( error as Response ).statusText ),
			} ) );
		}
		throw error;
	}
	const items = ( await response.json() ) as T[];
	return {
		items,
		total: Number( response.headers.get( 'X-WP-Total' ) ?? items.length ),
		totalPages: Number( response.headers.get( 'X-WP-TotalPages' ) ?? 1 ),
	};
}

/** Told of each state-changing request once it is answered (the data layer invalidates what it changed). */
export type ChangeListener = ( method: string, path: string ) => void;

const changeListeners = new Set< ChangeListener >();

/** Listens to the state-changing requests; returns the way to stop. */
export function onChange( listener: ChangeListener ): () => void {
	changeListeners.add( listener );
	return () => changeListeners.delete( listener );
}

/** A state-changing request (the nonce middleware adds `X-WP-Nonce`). */
export function send< T >(
	method: 'POST' | 'PUT' | 'DELETE',
	path: string,
	data?: unknown,
	headers?: Record< string, string >
): Promise< T > {
	// NOTE: a refused request may have changed data too (a declined payment is recorded).
	return apiFetch< T >( {
		path: NAMESPACE + path,
		method,
		data: data as Record< string, unknown >,
		headers,
	} ).finally( () =>
		changeListeners.forEach( ( listener ) => listener( method, path ) )
	);
}

/** A readable message for anything a request rejected with. */
export function errorMessage( error: unknown ): string {
	const rest = error as Partial< RestError > | undefined;
	if ( rest && typeof rest.message === 'string' ) {
		return rest.message;
	}
	return error instanceof Error ? error.message : String( error );
}

/** The `data.params` of a `rest_invalid_param` rejection (reasons by field), or null for any other failure. */
export function fieldErrorsOf(
	error: unknown
): Record< string, string > | null {
	const rest = error as Partial< RestError > | undefined;
	return rest?.code === 'rest_invalid_param' && rest.data?.params
		? rest.data.params
		: null;
}

/** A form's summary: `message`, then each field error the form cannot show next to a field. */
export function errorSummary(
	message: string,
	errors: Record< string, string >,
	isShown: ( field: string ) => boolean
): string {
	const unplaced = Object.entries( errors ).filter(
		( [ field ] ) => ! isShown( field )
	);
	return [
		message,
		...unplaced.map( ( [ field, reason ] ) => `${ field }: ${ reason }` ),
	].join( ' ' );
}
