import { dispatch, resolveSelect, useSelect } from '@wordpress/data';
import { useCallback, useEffect, useRef } from '@wordpress/element';
import type { Loaded } from '../components/load-state';
import {
	answeredAtOf,
	defineKind,
	definitionOf,
	keyOf,
	kindOf,
	knownKeys,
	markStale,
	queryStore,
	type QueryEntry,
} from './store';

/** A named read: what `useQuery` loads, typed by its arguments and answer. */
export interface Query< A extends unknown[], T > {
	kind: string;
	/** Keeps the argument and answer types; never set. */
	readonly types?: ( ...args: A ) => T;
}

/**
 * Declares a read of the data layer: `fetch` calls api/ functions with JSON arguments; `tags`
 * name the data it shows, so that a change invalidating one of them loads it again.
 */
export function defineQuery< A extends unknown[], T >(
	kind: string,
	fetch: ( ...args: A ) => Promise< T >,
	tags: readonly string[]
): Query< A, T > {
	defineKind( kind, {
		fetch: fetch as unknown as ( ...args: never[] ) => Promise< unknown >,
		tags,
	} );
	return { kind };
}

/**
 * How long an answer counts as fresh when a screen opens: within it, screens share it; after it,
 * a screen that opens shows it and loads it again (the server's data may have moved meanwhile).
 */
const FRESH_MS = 2000;

interface QuerySelectors {
	getQuery: ( key: string ) => QueryEntry | undefined;
	isResolving: ( selector: string, args: unknown[] ) => boolean;
	hasFinishedResolution: ( selector: string, args: unknown[] ) => boolean;
}

interface QueryActions {
	invalidateResolution: ( selector: string, args: unknown[] ) => void;
	invalidateResolutionForStore: () => void;
	reset: () => void;
}

const storeActions = () => dispatch( queryStore ) as unknown as QueryActions;

/** Loads every cached read showing one of `tags` again (after a change); a screen that shows it keeps the old answer meanwhile, a screen that opens waits for the new one. */
export function invalidate( ...tags: string[] ): void {
	for ( const key of knownKeys() ) {
		const definition = definitionOf( kindOf( key ) );
		if ( definition?.tags.some( ( tag ) => tags.includes( tag ) ) ) {
			markStale( key );
			storeActions().invalidateResolution( 'getQuery', [ key ] );
		}
	}
}

/** Forgets every cached answer (tests, logout). */
export function resetQueries(): void {
	storeActions().reset();
	storeActions().invalidateResolutionForStore();
}

/**
 * The answer of `query( ...args )` from the data layer, loaded on first use and shared by every
 * screen that shows it. `null` waits (arguments not known yet).
 */
export function useQuery< A extends unknown[], T >(
	query: Query< A, T > | null,
	...args: A
): Loaded< T > {
	const key = query ? keyOf( query.kind, args ) : null;
	const { entry, finished } = useSelect(
		( select ) => {
			if ( key === null ) {
				return { entry: undefined, finished: false };
			}
			const store = select( queryStore ) as unknown as QuerySelectors;
			return {
				entry: store.getQuery( key ),
				finished: store.hasFinishedResolution( 'getQuery', [ key ] ),
			};
		},
		[ key ]
	);
	// An answer counts when it came after this hook's screen opened (or just before it): an older
	// one, or one a change made stale, is loaded again and not shown as if it were current.
	const openedAt = useRef( Date.now() );
	const at = key === null ? undefined : answeredAtOf( key );
	const current = at !== undefined && at > openedAt.current - FRESH_MS;
	useEffect( () => {
		if ( key !== null && at !== undefined && ! current ) {
			storeActions().invalidateResolution( 'getQuery', [ key ] );
		}
		// eslint-disable-next-line react-hooks/exhaustive-deps -- once per key: a later answer is current
	}, [ key ] );
	// Like a list's page while the next one loads: the last answer of this hook stays until the new one comes.
	const last = useRef< unknown >( undefined );
	if ( current && entry?.data !== undefined ) {
		last.current = entry.data;
	} else if ( key === null ) {
		last.current = undefined;
	}
	const reload = useCallback( async () => {
		if ( key !== null ) {
			storeActions().invalidateResolution( 'getQuery', [ key ] );
			await (
				resolveSelect( queryStore ) as unknown as {
					getQuery: ( k: string ) => Promise< unknown >;
				}
			 ).getQuery( key );
		}
	}, [ key ] );
	return {
		data: last.current as T | undefined,
		error: entry?.error ?? null,
		loading: ! finished,
		reload,
	};
}
