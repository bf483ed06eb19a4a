import { useEffect, useState } from '@wordpress/element';

/** Search typed text once it has rested for `ms`. */
export function useDebounced< T >( value: T, ms = 300 ): T {
	const [ settled, setSettled ] = useState( value );
	useEffect( () => {
		const timer = setTimeout( () => setSettled( value ), ms );
		return () => clearTimeout( timer );
	}, [ value, ms ] );
	return settled;
}
