import { Button, Notice } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { errorMessage } from '../../api/client';
import { cancelMembership, undoCancellation } from '../../api/memberships';
import type { Membership } from '../../api/types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { formatDate } from '../../format';
import { useNotices } from '../../shell/notices';

interface Props {
	membership: Membership;
	/** Loads the Account page's data again after the change. */
	reload: () => Promise< void >;
}

/** What the confirm dialog says: until when it stays active, and that a scheduled change is dropped (RULES X1). */
function confirmText( membership: Membership ): string {
	const ends =
		membership.status === 'on-hold' || ! membership.period_end
			? __(
					'Your membership ends now: its paid period is over, and nothing more is charged.',
					'wu-plan-change'
				)
			: sprintf(
					/* translators: %s: a date */
					__(
						'Your membership stays active until %s, then ends; nothing more is charged. You can undo this until then.',
						'wu-plan-change'
					),
					formatDate( membership.period_end )
				);
	return membership.scheduled_change
		? `${ ends } ${ __(
				'Your scheduled change will be dropped.',
				'wu-plan-change'
			) }`
		: ends;
}

/**
 * The customer's cancellation on the Account page (RULES X1): "Cancel membership" with a confirm
 * dialog, then "Cancels on <date>" with "Undo cancellation" until the period end.
 */
export function CancelMembership( { membership, reload }: Props ) {
	const { createNotice, clearNotices } = useNotices();
	const [ confirming, setConfirming ] = useState( false );
	const [ busy, setBusy ] = useState( false );

	const run = async ( work: () => Promise< string > ) => {
		setConfirming( false );
		setBusy( true );
		try {
			const message = await work();
			await reload();
			clearNotices();
			createNotice( 'success', message );
		} catch ( failure ) {
			createNotice( 'error', errorMessage( failure ) );
		} finally {
			setBusy( false );
		}
	};

	const cancel = () =>
		run( async () => {
			const dropped = membership.scheduled_change !== null;
			const after = await cancelMembership( membership.id, 'period_end' );
			const ends = after.cancel_at
				? sprintf(
						/* translators: %s: a date */
						__(
							'Your membership is cancelled: it stays active until %s, then ends.',
							'wu-plan-change'
						),
						formatDate( after.cancel_at )
					)
				: __( 'Your membership has ended.', 'wu-plan-change' );
			return dropped
				? `${ ends } ${ __( 'The scheduled change was dropped.', 'wu-plan-change' ) }`
				: ends;
		} );

	const undo = () =>
		run( async () => {
			await undoCancellation( membership.id );
			return __(
				'Your cancellation is undone: your membership renews as before.',
				'wu-plan-change'
			);
		} );

	if ( membership.cancel_at ) {
		return (
			<Notice
				status="warning"
				isDismissible={ false }
				className="wu-cancellation"
			>
				<p>
					{ sprintf(
						/* translators: %s: a date */
						__(
							'Cancels on %s. Your membership stays active until then.',
							'wu-plan-change'
						),
						formatDate( membership.cancel_at )
					) }
				</p>
				<Button
					variant="secondary"
					onClick={ undo }
					disabled={ busy }
					isBusy={ busy }
				>
					{ __( 'Undo cancellation', 'wu-plan-change' ) }
				</Button>
			</Notice>
		);
	}
	if ( ! [ 'active', 'trialing', 'on-hold' ].includes( membership.status ) ) {
		return null;
	}
	return (
		<div className="wu-actions wu-cancel-membership">
			<Button
				variant="secondary"
				isDestructive
				onClick={ () => setConfirming( true ) }
				disabled={ busy }
				isBusy={ busy }
				__next40pxDefaultSize
			>
				{ __( 'Cancel membership', 'wu-plan-change' ) }
			</Button>
			<ConfirmDialog
				isOpen={ confirming }
				title={ __( 'Cancel membership', 'wu-plan-change' ) }
				confirmButtonText={ __(
					'Cancel membership',
					'wu-plan-change'
				) }
				cancelButtonText={ __( 'Keep membership', 'wu-plan-change' ) }
				onConfirm={ cancel }
				onCancel={ () => setConfirming( false ) }
			>
				{ confirmText( membership ) }
			</ConfirmDialog>
		</div>
	);
}
