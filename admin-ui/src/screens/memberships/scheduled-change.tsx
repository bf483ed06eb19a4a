import { Button } from '@wordpress/components';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { errorMessage } from '../../api/client';
import { cancelScheduledChange } from '../../api/memberships';
import type { Membership } from '../../api/types';
import { Panel } from '../../components/panel';
import { productName, useProductMap } from '../../components/product-names';
import { formatDate, formatPeriod } from '../../format';
import { useNotices } from '../../shell/notices';

/** The change scheduled for the period's end, with Cancel (a confirmation first). */
export function ScheduledChange( {
	membership,
	onCancelled,
	products,
}: {
	membership: Membership;
	onCancelled: () => void;
	products: ReturnType< typeof useProductMap >;
} ) {
	const { createNotice } = useNotices();
	const [ confirming, setConfirming ] = useState( false );
	const [ busy, setBusy ] = useState( false );
	const change = membership.scheduled_change;
	const cancel = async () => {
		setConfirming( false );
		setBusy( true );
		try {
			await cancelScheduledChange( membership.id );
			createNotice(
				'success',
				__( 'The scheduled change was cancelled.', 'wu-plan-change' )
			);
			onCancelled();
		} catch ( error ) {
			createNotice( 'error', errorMessage( error ) );
		} finally {
			setBusy( false );
		}
	};
	return (
		<Panel
			id="wu-scheduled-change"
			title={ __( 'Scheduled change', 'wu-plan-change' ) }
		>
			{ change ? (
				<>
					<p>
						{ sprintf(
							/* translators: 1: date, 2: plan name, 3: billing period such as "1 month" */
							__(
								'On %1$s the membership moves to %2$s, billed every %3$s.',
								'wu-plan-change'
							),
							formatDate( change.effective_at ),
							productName( products, change.plan_id ),
							formatPeriod(
								change.duration,
								change.duration_unit
							)
						) }
					</p>
					{ change.addons.length > 0 && (
						<p>
							{ sprintf(
								/* translators: %s: comma-separated add-on names with quantities */
								__( 'Add-ons then: %s.', 'wu-plan-change' ),
								change.addons
									.map(
										( addon ) =>
											`${ productName( products, addon.product_id ) } × ${ addon.quantity }`
									)
									.join( ', ' )
							) }
						</p>
					) }
					<Button
						variant="secondary"
						isDestructive
						isBusy={ busy }
						disabled={ busy }
						accessibleWhenDisabled
						onClick={ () => setConfirming( true ) }
					>
						{ __( 'Cancel scheduled change', 'wu-plan-change' ) }
					</Button>
					<ConfirmDialog
						isOpen={ confirming }
						title={ __(
							'Cancel the scheduled change',
							'wu-plan-change'
						) }
						confirmButtonText={ __(
							'Cancel the change',
							'wu-plan-change'
						) }
						cancelButtonText={ __( 'Keep it', 'wu-plan-change' ) }
						onConfirm={ cancel }
						onCancel={ () => setConfirming( false ) }
					>
						{ __(
							'The membership will stay on its current plan and add-ons when the period ends.',
							'wu-plan-change'
						) }
					</ConfirmDialog>
				</>
			) : (
				<p>{ __( 'No change is scheduled.', 'wu-plan-change' ) }</p>
			) }
		</Panel>
	);
}
