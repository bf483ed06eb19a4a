import { DataViews, type Action, type Field } from '@wordpress/dataviews';
import '@wordpress/dataviews/build-style/style.css';
import type { DataListProps } from './types';

const LAYOUTS = { table: {} };

/** The DataViews chunk: loaded on first use (see DataList), with its stylesheet. */
export default function DataViewsList< T >( {
	label,
	data,
	fields,
	view,
	onChangeView,
	total,
	totalPages,
	isLoading,
	getItemId,
	empty,
	actions,
	search = true,
}: DataListProps< T > ) {
	return (
		<div
			className="wu-data-list"
			role="region"
			aria-label={ label }
			aria-busy={ isLoading }
		>
			<DataViews< { id: string } >
				data={ data as unknown as { id: string }[] }
				fields={ fields as unknown as Field< { id: string } >[] }
				view={ view }
				onChangeView={ onChangeView }
				paginationInfo={ { totalItems: total, totalPages } }
				defaultLayouts={ LAYOUTS }
				isLoading={ isLoading }
				search={ search }
				getItemId={
					getItemId as unknown as ( item: { id: string } ) => string
				}
				empty={ empty }
				actions={ actions as unknown as Action< { id: string } >[] }
			/>
		</div>
	);
}
