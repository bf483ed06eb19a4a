import { useMemo } from '@wordpress/element';
import { listCustomers } from '../../api/customers';
import type { Customer } from '../../api/types';
import { useLoad } from '../load-state';

/** Every customer (all pages of 100). */
export async function loadAllCustomers(): Promise< Customer[] > {
	const first = await listCustomers( { per_page: 100 } );
	const rest = await Promise.all(
		Array.from(
			{ length: Math.max( 0, first.totalPages - 1 ) },
			( _, index ) => listCustomers( { per_page: 100, page: index + 2 } )
		)
	);
	return [ first, ...rest ].flatMap( ( page ) => page.items );
}

/** The customers as a map id → customer (empty until loaded). */
export function useCustomerMap(): Map< number, Customer > {
	const { data } = useLoad( loadAllCustomers, [] );
	return useMemo(
		() =>
			new Map(
				( data ?? [] ).map( ( customer ) => [ customer.id, customer ] )
			),
		[ data ]
	);
}

/** "Frida Free (frida)", or "#3" while unknown. */
export function customerName(
	customers: Map< number, Customer >,
	id: number
): string {
	const customer = customers.get( id );
	return customer ? customer.display_name || customer.username : `#${ id }`;
}
