import type { Field } from '@wordpress/dataviews';
import { __ } from '@wordpress/i18n';
import { Link } from '../../shell/router';
import { StatusBadge } from '../status-badge';

/** The list's id column, linking each row to its screen (`pageUrl/{id}`). */
export function idField< T extends { id: number } >(
	label: string,
	pageUrl: string
): Field< T > {
	return {
		id: 'id',
		type: 'integer',
		label,
		enableHiding: false,
		render: ( { item } ) => (
			<Link
				href={ `${ pageUrl }/${ item.id }` }
			>{ `#${ item.id }` }</Link>
		),
	};
}

/** The status column: a badge, filtered on the server by any of `statuses`. */
export function statusField< S extends string, T extends { status: S } >(
	statuses: readonly S[],
	labelOf: ( status: S ) => string
): Field< T > {
	return {
		id: 'status',
		label: __( 'Status', 'wu-plan-change' ),
		elements: statuses.map( ( value ) => ( {
			value,
			label: labelOf( value ),
		} ) ),
		filterBy: { operators: [ 'isAny' ] },
		render: ( { item } ) => (
			<StatusBadge
				status={ item.status }
				label={ labelOf( item.status ) }
			/>
		),
	};
}

/** The customer column: the name the server sends beside the id, linking to the customer. */
export function customerField<
	T extends { customer_id: number; customer_name?: string | null },
>( basePath: string, searchable = false ): Field< T > {
	const name = ( item: T ) => item.customer_name ?? `#${ item.customer_id }`;
	return {
		id: 'customer_name',
		label: __( 'Customer', 'wu-plan-change' ),
		...( searchable ? { enableGlobalSearch: true } : {} ),
		getValue: ( { item } ) => name( item ),
		render: ( { item } ) => (
			<Link href={ `${ basePath }customers/${ item.customer_id }` }>
				{ name( item ) }
			</Link>
		),
	};
}
