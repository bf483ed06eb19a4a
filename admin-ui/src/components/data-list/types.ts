import type { Action, Field, View } from '@wordpress/dataviews';
import type { ReactNode } from 'react';

export interface DataListProps< T > {
	/** The list's accessible name (the region around it). */
	label: string;
	data: T[];
	fields: Field< T >[];
	view: View;
	onChangeView: ( view: View ) => void;
	total: number;
	totalPages: number;
	isLoading: boolean;
	getItemId: ( item: T ) => string;
	/** Shown in place of rows when there are none. */
	empty: ReactNode;
	actions?: Action< T >[];
	/** False for a list the server cannot search (the search field is left out). */
	search?: boolean;
}
