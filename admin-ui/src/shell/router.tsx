import {
	createContext,
	useCallback,
	useContext,
	useEffect,
	useMemo,
	useState,
} from '@wordpress/element';
import type { MouseEvent, ReactNode } from 'react';

interface RouterValue {
	/** The current path name, e.g. `/wp-admin/network/products/3`. */
	path: string;
	/** The current query string without `?`. */
	search: string;
	/** Goes to `href` (same site) without reloading the page. */
	navigate: ( href: string, options?: { replace?: boolean } ) => void;
}

const RouterContext = createContext< RouterValue >( {
	path: '/',
	search: '',
	navigate: () => undefined,
} );

/** Keeps the location in state and listens to back/forward. */
export function RouterProvider( { children }: { children: ReactNode } ) {
	const [ location, setLocation ] = useState( () => ( {
		path: window.location.pathname,
		search: window.location.search.slice( 1 ),
	} ) );
	useEffect( () => {
		const onPop = () =>
			setLocation( {
				path: window.location.pathname,
				search: window.location.search.slice( 1 ),
			} );
		window.addEventListener( 'popstate', onPop );
		return () => window.removeEventListener( 'popstate', onPop );
	}, [] );
	const navigate = useCallback(
		( href: string, options?: { replace?: boolean } ) => {
			const url = new URL( href, window.location.href );
			if ( options?.replace ) {
				window.history.replaceState( null, '', url );
			} else {
				window.history.pushState( null, '', url );
			}
			setLocation( {
				path: url.pathname,
				search: url.search.slice( 1 ),
			} );
			window.scrollTo?.( 0, 0 );
		},
		[]
	);
	const value = useMemo(
		() => ( { ...location, navigate } ),
		[ location, navigate ]
	);
	return (
		<RouterContext.Provider value={ value }>
			{ children }
		</RouterContext.Provider>
	);
}

/** The router's location and `navigate`. */
export function useRouter(): RouterValue {
	return useContext( RouterContext );
}

/** A link that navigates inside the shell (a normal link for modified clicks). */
export function Link( {
	href,
	children,
	className,
	...rest
}: {
	href: string;
	children: ReactNode;
	className?: string;
	'aria-current'?: 'page' | undefined;
} ) {
	const { navigate } = useRouter();
	const onClick = ( event: MouseEvent< HTMLAnchorElement > ) => {
		if (
			event.defaultPrevented ||
			event.button !== 0 ||
			event.metaKey ||
			event.ctrlKey ||
			event.shiftKey ||
			event.altKey
		) {
			return;
		}
		event.preventDefault();
		navigate( href );
	};
	return (
		<a
			href={ href }
			className={ className }
			onClick={ onClick }
			{ ...rest }
		>
			{ children }
		</a>
	);
}
