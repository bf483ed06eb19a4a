import { useCallback, useMemo, useState } from '@wordpress/element';
import type { View } from '@wordpress/dataviews';
import { useRouter } from '../../shell/router';
import { queryFromView, viewFromQuery, type ListSpec } from './list-view';

/**
 * A DataViews view kept in the address (`?status=on-hold&search=…&orderby=…&paged=2`), so a
 * dashboard tile's link opens the list filtered and back/forward walk the list's states. The
 * layout and the chosen columns stay with the screen.
 */
export function useListView(
	pageUrl: string,
	initial: View,
	spec: ListSpec
): [ View, ( next: View ) => void ] {
	const { search, navigate } = useRouter();
	const [ base, setBase ] = useState< View >( initial );
	const view = useMemo(
		() => viewFromQuery( search, base, spec ),
		// eslint-disable-next-line react-hooks/exhaustive-deps -- spec is a constant of the screen
		[ search, base ]
	);
	const setView = useCallback(
		( next: View ) => {
			setBase(
				( current ) =>
					( {
						...current,
						type: next.type,
						fields: next.fields,
						layout: next.layout,
						titleField: next.titleField,
					} ) as View
			);
			const query = queryFromView( next, spec );
			navigate( query ? `${ pageUrl }?${ query }` : pageUrl, {
				replace: true,
			} );
		},
		// eslint-disable-next-line react-hooks/exhaustive-deps -- spec is a constant of the screen
		[ navigate, pageUrl ]
	);
	return [ view, setView ];
}
