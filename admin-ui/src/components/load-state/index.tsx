import { Notice, Spinner } from '@wordpress/components';
import { useCallback, useEffect, useRef, useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import type { ReactNode } from 'react';
import { errorMessage } from '../../api/client';

export interface Loaded< T > {
	/** The last value loaded, or `undefined` while the first load runs. */
	data: T | undefined;
	/** The message of the last failure, or `null`. */
	error: string | null;
	loading: boolean;
	/** Loads again (after a change elsewhere). */
	reload: () => void;
}

/**
 * Runs `load` when `deps` change and keeps its value, failure and progress. A late answer of an
 * older request never overwrites a newer one.
 */
export function useLoad< T >(
	load: () => Promise< T >,
	deps: unknown[]
): Loaded< T > {
	const [ state, setState ] = useState< {
		data: T | undefined;
		error: string | null;
		loading: boolean;
	} >( { data: undefined, error: null, loading: true } );
	const [ tick, setTick ] = useState( 0 );
	const sequence = useRef( 0 );
	useEffect( () => {
		const mine = ++sequence.current;
		setState( ( current ) => ( { ...current, loading: true } ) );
		load().then(
			( data ) =>
				mine === sequence.current &&
				setState( { data, error: null, loading: false } ),
			( error ) =>
				mine === sequence.current &&
				setState( ( current ) => ( {
					data: current.data,
					error: errorMessage( error ),
					loading: false,
				} ) )
		);
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [ ...deps, tick ] );
	const reload = useCallback( () => setTick( ( t ) => t + 1 ), [] );
	return { ...state, reload };
}

/** A spinner while loading, the failure as an error notice, else the children. */
export function LoadState< T >( {
	loaded,
	children,
}: {
	loaded: Loaded< T >;
	children: ( data: T ) => ReactNode;
} ) {
	if ( loaded.error && loaded.data === undefined ) {
		return (
			<Notice status="error" isDismissible={ false }>
				{ loaded.error }
			</Notice>
		);
	}
	if ( loaded.data === undefined ) {
		return (
			<p className="wu-loading">
				<Spinner />
				<span className="screen-reader-text">
					{ __( 'Loading…', 'wu-plan-change' ) }
				</span>
			</p>
		);
	}
	return <>{ children( loaded.data ) }</>;
}
