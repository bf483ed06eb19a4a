import { Notice, Spinner } from '@wordpress/components';
import { __ } from '@wordpress/i18n';
import type { ReactNode } from 'react';

export interface Loaded< T > {
	/** The last value loaded, or `undefined` while the first load runs. */
	data: T | undefined;
	/** The message of the last failure, or `null`. */
	error: string | null;
	loading: boolean;
	/** Loads again (after a change elsewhere); resolves once the new answer is in. */
	reload: () => Promise< void >;
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
