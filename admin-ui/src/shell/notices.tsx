import {
	createContext,
	useCallback,
	useContext,
	useMemo,
	useState,
} from '@wordpress/element';
import { Notice } from '@wordpress/components';
import type { ReactNode } from 'react';

export type NoticeStatus = 'success' | 'error' | 'warning' | 'info';

interface ShellNotice {
	id: number;
	status: NoticeStatus;
	message: string;
}

interface NoticesValue {
	notices: ShellNotice[];
	/** Shows a dismissible notice above the page content. */
	createNotice: ( status: NoticeStatus, message: string ) => void;
	removeNotice: ( id: number ) => void;
	clearNotices: () => void;
}

const NoticesContext = createContext< NoticesValue >( {
	notices: [],
	createNotice: () => undefined,
	removeNotice: () => undefined,
	clearNotices: () => undefined,
} );

let nextId = 1;

export function NoticesProvider( { children }: { children: ReactNode } ) {
	const [ notices, setNotices ] = useState< ShellNotice[] >( [] );
	const createNotice = useCallback(
		( status: NoticeStatus, message: string ) => {
			setNotices( ( current ) => [
				...current.filter( ( n ) => n.message !== message ),
				{ id: nextId++, status, message },
			] );
		},
		[]
	);
	const removeNotice = useCallback(
		( id: number ) =>
			setNotices( ( current ) => current.filter( ( n ) => n.id !== id ) ),
		[]
	);
	const clearNotices = useCallback( () => setNotices( [] ), [] );
	const value = useMemo(
		() => ( { notices, createNotice, removeNotice, clearNotices } ),
		[ notices, createNotice, removeNotice, clearNotices ]
	);
	return (
		<NoticesContext.Provider value={ value }>
			{ children }
		</NoticesContext.Provider>
	);
}

/** The shell's notices: `createNotice( 'success', __( 'Saved.' ) )`. */
export function useNotices(): NoticesValue {
	return useContext( NoticesContext );
}

/** The notices of the page, newest last. */
export function ShellNotices() {
	const { notices, removeNotice } = useNotices();
	if ( notices.length === 0 ) {
		return null;
	}
	return (
		<div className="wu-notices">
			{ notices.map( ( notice ) => (
				<Notice
					key={ notice.id }
					status={ notice.status }
					onRemove={ () => removeNotice( notice.id ) }
				>
					{ notice.message }
				</Notice>
			) ) }
		</div>
	);
}
