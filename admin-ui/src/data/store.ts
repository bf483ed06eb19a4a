import { __, sprintf } from '@wordpress/i18n';
import { createReduxStore, register } from '@wordpress/data';
import { errorMessage } from '../api/client';

/** A cached answer: the last value loaded and the last failure's message. */
export interface QueryEntry {
	data?: unknown;
	error: string | null;
}

interface State {
	entries: Record< string, QueryEntry >;
}

type Action =
	| { type: 'RECEIVE'; key: string; data: unknown }
	| { type: 'FAIL'; key: string; error: string }
	| { type: 'RESET' };

/** How a query kind loads (api/ functions only) and which data it shows (its tags). */
export interface QueryDefinition {
	fetch: ( ...args: never[] ) => Promise< unknown >;
	tags: readonly string[];
}

const definitions = new Map< string, QueryDefinition >();
/** The latest request per key: an older answer never overwrites a newer one. */
const latest = new Map< string, number >();
/** When each key's answer came (ms since the epoch). */
const answeredAt = new Map< string, number >();
let sequence = 0;

/** Makes a query kind known to the store's resolver. */
export function defineKind( kind: string, definition: QueryDefinition ): void {
	definitions.set( kind, definition );
}

/** The cache key of a query: its kind and JSON arguments. */
export function keyOf( kind: string, args: readonly unknown[] ): string {
	return JSON.stringify( [ kind, ...args ] );
}

/** The query kind of a key. */
export function kindOf( key: string ): string {
	return ( JSON.parse( key ) as unknown[] )[ 0 ] as string;
}

/** The kinds' definitions, for invalidation by tag. */
export function definitionOf( kind: string ): QueryDefinition | undefined {
	return definitions.get( kind );
}

/** When the answer of `key` came, or undefined before it did. */
export function answeredAtOf( key: string ): number | undefined {
	return answeredAt.get( key );
}

/** Marks the answer of `key` as out of date (a change made it so): screens that open do not show it. */
export function markStale( key: string ): void {
	if ( answeredAt.has( key ) ) {
		answeredAt.set( key, 0 );
	}
}

/** Every key requested so far (each may hold a cached answer or a request in flight). */
export function knownKeys(): string[] {
	return [ ...latest.keys() ];
}

const actions = {
	receive: ( key: string, data: unknown ): Action => ( {
		type: 'RECEIVE',
		key,
		data,
	} ),
	fail: ( key: string, error: string ): Action => ( {
		type: 'FAIL',
		key,
		error,
	} ),
	reset: (): Action => ( { type: 'RESET' } ),
};

function reducer( state: State = { entries: {} }, action: Action ): State {
	switch ( action.type ) {
		case 'RECEIVE':
			return {
				entries: {
					...state.entries,
					[ action.key ]: { data: action.data, error: null },
				},
			};
		case 'FAIL':
			return {
				entries: {
					...state.entries,
					[ action.key ]: {
						data: state.entries[ action.key ]?.data,
						error: action.error,
					},
				},
			};
		case 'RESET':
			latest.clear();
			answeredAt.clear();
			return { entries: {} };
		default:
			return state;
	}
}

const selectors = {
	/** The cached answer of `key` (see keyOf); resolving it loads it when missing or invalidated. */
	getQuery: ( state: State, key: string ): QueryEntry | undefined =>
		state.entries[ key ],
};

const resolvers = {
	getQuery:
		( key: string ) =>
		async ( {
			dispatch,
		}: {
			dispatch: {
				receive: typeof actions.receive;
				fail: typeof actions.fail;
			};
		} ) => {
			const [ kind, ...args ] = JSON.parse( key ) as [
				string,
				...never[],
			];
			const definition = definitions.get( kind );
			if ( ! definition ) {
				dispatch.fail(
					key,
					sprintf(
						/* translators: %s: the name of a kind of data, e.g. membership */
						__(
							'This screen asked for data it cannot load (%s).',
							'wu-plan-change'
						),
						kind
					)
				);
				return;
			}
			const mine = ++sequence;
			latest.set( key, mine );
			try {
				const data = await definition.fetch( ...args );
				if ( latest.get( key ) === mine ) {
					answeredAt.set( key, Date.now() );
					dispatch.receive( key, data );
				}
			} catch ( error ) {
				if ( latest.get( key ) === mine ) {
					dispatch.fail( key, errorMessage( error ) );
				}
			}
		},
};

/**
 * The admin UI's one data layer: every read of the REST API goes through this store's
 * resolver and stays cached by key until a change invalidates its tags (see `invalidate`).
 */
export const queryStore = createReduxStore( 'wu-plan-change/queries', {
	reducer,
	actions,
	selectors,
	resolvers,
} );

register( queryStore );
