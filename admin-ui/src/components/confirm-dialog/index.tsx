import { Button, Modal } from '@wordpress/components';
import { __ } from '@wordpress/i18n';
import type { KeyboardEvent, ReactNode } from 'react';

/**
 * A question before a step that cannot be undone: a modal with the question, Cancel and the
 * confirm button (Enter confirms, Escape cancels), on the stable Modal rather than the
 * components' experimental ConfirmDialog.
 */
export function ConfirmDialog( {
	isOpen,
	title,
	confirmButtonText,
	cancelButtonText,
	onConfirm,
	onCancel,
	children,
}: {
	isOpen: boolean;
	/** The dialog's accessible name. */
	title?: string;
	confirmButtonText: string;
	/** "Cancel" unless the step needs its own words. */
	cancelButtonText?: string;
	onConfirm: () => void;
	onCancel: () => void;
	children: ReactNode;
} ) {
	if ( ! isOpen ) {
		return null;
	}
	const onKeyDown = ( event: KeyboardEvent ) => {
		if (
			event.key === 'Enter' &&
			! ( event.target instanceof HTMLButtonElement )
		) {
			onConfirm();
		}
	};
	return (
		<Modal
			title={ title ?? '' }
			contentLabel={ title }
			__experimentalHideHeader
			onRequestClose={ onCancel }
			onKeyDown={ onKeyDown }
			size="small"
		>
			<div className="wu-confirm-dialog">
				<p>{ children }</p>
				<div className="wu-actions wu-confirm-dialog__actions">
					<Button
						__next40pxDefaultSize
						variant="tertiary"
						onClick={ onCancel }
					>
						{ cancelButtonText ?? __( 'Cancel', 'wu-plan-change' ) }
					</Button>
					<Button
						__next40pxDefaultSize
						variant="primary"
						onClick={ onConfirm }
					>
						{ confirmButtonText }
					</Button>
				</div>
			</div>
		</Modal>
	);
}
