import { __ } from '@wordpress/i18n';
import type { Email } from '../../api/types';

export const EMAIL_STATUSES: Email[ 'status' ][] = [
	'kept',
	'queued',
	'sent',
	'failed',
];

/** The translated name of an e-mail's sending state. */
export function emailStatusLabel( status: Email[ 'status' ] ): string {
	const labels: Record< Email[ 'status' ], string > = {
		kept: __( 'Kept (not sent)', 'wu-plan-change' ),
		queued: __( 'Queued', 'wu-plan-change' ),
		sent: __( 'Sent', 'wu-plan-change' ),
		failed: __( 'Failed', 'wu-plan-change' ),
	};
	return labels[ status ] ?? status;
}

/** What an e-mail is about, in words. */
export function emailKindLabel( kind: Email[ 'kind' ] ): string {
	const labels: Record< Email[ 'kind' ], string > = {
		receipt: __( 'Receipt', 'wu-plan-change' ),
		plan_changed: __( 'Plan changed', 'wu-plan-change' ),
		downgrade_scheduled: __( 'Downgrade scheduled', 'wu-plan-change' ),
		renewal_failed: __( 'Renewal failed', 'wu-plan-change' ),
		membership_cancelled: __( 'Membership cancelled', 'wu-plan-change' ),
	};
	return labels[ kind ] ?? kind;
}
