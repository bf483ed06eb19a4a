import {
	createContext,
	useCallback,
	useContext,
	useMemo,
	useState,
} from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { closeSmall, Icon } from '@wordpress/icons';
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

/**
 * One notice in the markup of @wordpress/components' Notice (its stylesheet styles it), without
 * its Button: the shell stays out of the components that pull in popovers, so the first load of
 * a page stays small. An error is an alert; the others are polite status messages.
 */
function NoticeItem( {
	notice,
	onRemove,
}: {
	notice: ShellNotice;
	onRemove: () => void;
} ) {
	return (
		<div
			className={ `components-notice is-${ notice.status } is-dismissible` }
			role={ notice.status === 'error' ? 'alert' : 'status' }
		>
			<div className="components-notice__content">{ notice.message }</div>
			<button
				type="button"
				className="components-button components-notice__dismiss has-icon is-small"
				aria-label={ __( 'Dismiss this notice.', 'wu-plan-change' ) }
				onClick={ onRemove }
			>
				<Icon icon={ closeSmall } />
			</button>
		</div>
	);
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
				<NoticeItem
					key={ notice.id }
					notice={ notice }
					onRemove={ () => removeNotice( notice.id ) }
				/>
			) ) }
		</div>
	);
}
