import { Spinner } from '@wordpress/components';
import { lazy, Suspense } from '@wordpress/element';
import type { DataListProps } from './types';

export type { DataListProps } from './types';
export { restQuery, type ListSpec } from './list-view';
export { useListView } from './use-list-view';

const DataViewsList = lazy(
	() => import( /* webpackChunkName: "dataviews" */ './data-views' )
);

/** A server-paged DataViews list; DataViews and its CSS load in their own chunk on first use. */
export function DataList< T >( props: DataListProps< T > ) {
	return (
		<Suspense fallback={ <Spinner /> }>
			<DataViewsList
				{ ...( props as unknown as DataListProps< unknown > ) }
			/>
		</Suspense>
	);
}
