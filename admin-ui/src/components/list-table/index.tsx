import { Button, Spinner } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';
import type { ReactNode } from 'react';

export interface Column< T > {
	/** Stable key of the column. */
	id: string;
	/** Translated header text. */
	label: string;
	/** The cell of one row. */
	render: ( item: T ) => ReactNode;
	/** The first column is the row header (`<th scope="row">`). */
	primary?: boolean;
}

export interface ListTableProps< T > {
	/** The table's accessible name. */
	caption: string;
	columns: Column< T >[];
	/** `undefined` while the first page loads. */
	items: T[] | undefined;
	rowKey: ( item: T ) => string | number;
	/** Shown in place of rows when there are none. */
	emptyMessage: string;
	/** True while a request for another page runs. */
	busy?: boolean;
}

/**
 * A wp-admin list table: plain, accessible HTML with a loading row and an empty state. On a
 * narrow screen it scrolls sideways inside its box (a region the keyboard can reach) instead of
 * pushing the page wider than the screen.
 */
export function ListTable< T >( {
	caption,
	columns,
	items,
	rowKey,
	emptyMessage,
	busy,
}: ListTableProps< T > ) {
	return (
		<div
			className="wu-list-table-scroll"
			role="region"
			aria-label={ caption }
			tabIndex={ 0 }
		>
			<table
				className="wp-list-table widefat striped wu-list-table"
				aria-busy={ busy || items === undefined }
			>
				<caption className="screen-reader-text">{ caption }</caption>
				<thead>
					<tr>
						{ columns.map( ( column ) => (
							<th key={ column.id } scope="col">
								{ column.label }
							</th>
						) ) }
					</tr>
				</thead>
				<tbody>
					{ items === undefined && (
						<tr>
							<td colSpan={ columns.length }>
								<Spinner />
								<span className="screen-reader-text">
									{ __( 'Loading…', 'wu-plan-change' ) }
								</span>
							</td>
						</tr>
					) }
					{ items?.length === 0 && (
						<tr className="no-items">
							<td colSpan={ columns.length }>{ emptyMessage }</td>
						</tr>
					) }
					{ items?.map( ( item ) => (
						<tr key={ rowKey( item ) }>
							{ columns.map( ( column, index ) =>
								column.primary ||
								( index === 0 &&
									! columns.some( ( c ) => c.primary ) ) ? (
									<th
										key={ column.id }
										scope="row"
										className="column-primary"
									>
										{ column.render( item ) }
									</th>
								) : (
									<td key={ column.id }>
										{ column.render( item ) }
									</td>
								)
							) }
						</tr>
					) ) }
				</tbody>
			</table>
		</div>
	);
}

export interface PaginationProps {
	page: number;
	totalPages: number;
	total: number;
	onChange: ( page: number ) => void;
}

/** "12 items · ‹ Page 1 of 3 ›" below a list table. */
export function Pagination( {
	page,
	totalPages,
	total,
	onChange,
}: PaginationProps ) {
	return (
		<nav
			className="tablenav-pages wu-pagination"
			aria-label={ __( 'Pagination', 'wu-plan-change' ) }
		>
			<span className="displaying-num">
				{ sprintf(
					/* translators: %d: number of items in the list */ __(
						'%d items',
						'wu-plan-change'
					),
					total
				) }
			</span>
			{ totalPages > 1 && (
				<>
					<Button
						variant="secondary"
						size="compact"
						disabled={ page <= 1 }
						accessibleWhenDisabled
						onClick={ () => onChange( page - 1 ) }
					>
						{ __( 'Previous page', 'wu-plan-change' ) }
					</Button>
					<span aria-live="polite">
						{ sprintf(
							/* translators: 1: current page, 2: number of pages */ __(
								'Page %1$d of %2$d',
								'wu-plan-change'
							),
							page,
							totalPages
						) }
					</span>
					<Button
						variant="secondary"
						size="compact"
						disabled={ page >= totalPages }
						accessibleWhenDisabled
						onClick={ () => onChange( page + 1 ) }
					>
						{ __( 'Next page', 'wu-plan-change' ) }
					</Button>
				</>
			) }
		</nav>
	);
}
