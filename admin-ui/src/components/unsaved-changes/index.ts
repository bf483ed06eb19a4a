import { useEffect } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * While `dirty`, warns before the page is left: the browser's own prompt on reload or close,
 * and a `window.confirm` before a link inside the shell navigates away.
 */
export function useUnsavedChanges( dirty: boolean ): void {
	useEffect( () => {
		if ( ! dirty ) {
			return undefined;
		}
		const onBeforeUnload = ( event: BeforeUnloadEvent ) => {
			event.preventDefault();
			event.returnValue = '';
		};
		// NOTE: capture on document runs before React's delegated handlers, so the shell's
		// Link sees `defaultPrevented` and stays put when the owner chooses to stay.
		const onClick = ( event: MouseEvent ) => {
			const anchor = ( event.target as Element | null )?.closest?.(
				'a[href]'
			) as HTMLAnchorElement | null;
			if (
				! anchor ||
				event.button !== 0 ||
				event.metaKey ||
				event.ctrlKey ||
				event.shiftKey ||
				event.altKey ||
				anchor.target === '_blank'
			) {
				return;
			}
			const href = anchor.getAttribute( 'href' ) ?? '';
			if ( href.startsWith( '#' ) ) {
				return;
			}
			if (
				// eslint-disable-next-line no-alert -- the browser's own question, as WordPress asks before leaving unsaved changes
				! window.confirm(
					__(
						'You have unsaved changes. Leave this page and lose them?',
						'wu-plan-change'
					)
				)
			) {
				event.preventDefault();
				event.stopPropagation();
			}
		};
		window.addEventListener( 'beforeunload', onBeforeUnload );
		document.addEventListener( 'click', onClick, true );
		return () => {
			window.removeEventListener( 'beforeunload', onBeforeUnload );
			document.removeEventListener( 'click', onClick, true );
		};
	}, [ dirty ] );
}
